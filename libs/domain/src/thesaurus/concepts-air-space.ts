import type { ThesaurusConcept } from './thesaurus.types';

/** Air, naval aviation, drones, missiles and space. */
// prettier-ignore
export const AIR_SPACE_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'aeronautics',
    role: 'qualifier',
    terms: {
      fr: ['aéronautique', 'aérospatial', 'aéronautique de défense', 'industrie aéronautique', 'secteur aéronautique', 'aéronautique et spatial', 'domaine aéronautique', 'aéronef', 'aérien', 'filière aéronautique', 'aéronautique militaire', 'filière aérospatiale', 'industrie aérospatiale', 'secteur aérospatial', 'avionneur', 'aéronautique civile et militaire'],
      en: ['aeronautics', 'aerospace', 'aviation', 'aircraft', 'aerospace industry', 'aviation industry', 'aircraft industry', 'aerospace sector', 'aeronautical', 'aerospace and defence', 'aerospace and defense', 'aircraft manufacturer', 'aviation sector', 'aeronautical industry', 'aerospace defence'],
    },
    cpv: ['34700000', '35600000'],
  },
  {
    id: 'military-aircraft',
    role: 'qualifier',
    terms: {
      fr: ['avion militaire', 'avion de combat', 'avion de chasse', 'aéronef militaire', 'Rafale', 'avion de transport militaire', 'aviation militaire', 'avion de combat futur', 'système de combat aérien futur', 'Mirage 2000', 'A400M', 'avion de transport tactique', 'avion ravitailleur', 'aviation de chasse', "avion d'entraînement militaire", "armée de l'Air et de l'Espace"],
      en: ['military aircraft', 'combat aircraft', 'fighter aircraft', 'fighter jet', 'military transport aircraft', 'military aviation', 'future combat air system', 'fighter', 'tanker aircraft', 'air-to-air refuelling', 'trainer aircraft', 'air force', 'next generation fighter'],
    },
    acronyms: ['SCAF', 'FCAS'],
    cpv: ['35610000', '35611100'],
    related: ['aeronautics'],
  },
  {
    id: 'maritime-patrol-aircraft',
    role: 'qualifier',
    terms: {
      fr: ['avion de patrouille maritime', 'patrouille maritime', 'Atlantique 2', 'avion de surveillance maritime', 'avion de patrouille maritime futur', 'avion de reconnaissance', 'aéronef de patrouille maritime', 'surveillance maritime aérienne', 'Falcon 2000 Albatros', "avion de surveillance et d'intervention maritime", 'patrouille maritime aéroportée'],
      en: ['maritime patrol aircraft', 'maritime surveillance aircraft', 'reconnaissance aircraft', 'surveillance aircraft', 'maritime patrol', 'maritime patrol and reconnaissance aircraft', 'airborne maritime surveillance', 'ASW aircraft', 'P-8 Poseidon'],
    },
    acronyms: ['ATL2', 'PATMAR', 'MPA', 'AVSIMAR', 'MPRA'],
    cpv: ['35611600', '35611800', '35610000'],
    related: ['military-aircraft', 'asw'],
  },
  {
    id: 'naval-aviation',
    role: 'qualifier',
    terms: {
      fr: ['aéronautique navale', 'aéronavale', 'aviation navale', 'aviation embarquée', 'Rafale Marine', 'flottille', 'base aéronavale', 'groupe aérien embarqué', "base d'aéronautique navale", 'Landivisiau', 'Lann-Bihoué', 'aéronefs embarqués'],
      en: ['naval aviation', 'naval air', 'carrier aviation', 'carrier air wing', 'embarked aviation', 'naval air station', 'carrier-based aircraft', 'carrier air group', 'shipborne aviation', 'naval aircraft', 'embarked aircraft', 'maritime aviation'],
    },
    cpv: ['35610000', '50650000'],
    related: ['military-aircraft', 'aircraft-carrier'],
  },
  {
    id: 'helicopter',
    role: 'qualifier',
    terms: {
      fr: ['hélicoptère', 'voilure tournante', 'hélicoptère militaire', 'hélicoptère de combat', 'hélicoptère de manœuvre', 'hélicoptère interarmées léger', 'NH90', 'Caïman', 'Guépard', 'Tigre', 'Panther', 'Dauphin', 'hélicoptère de transport', 'hélicoptère embarqué', 'hélicoptère léger', 'hélicoptère naval', 'H160'],
      en: ['helicopter', 'rotorcraft', 'rotary-wing', 'rotary wing aircraft', 'military helicopter', 'combat helicopter', 'attack helicopter', 'utility helicopter', 'naval helicopter', 'heavy-lift helicopter', 'shipborne helicopter', 'light helicopter', 'maritime helicopter', 'helicopter fleet'],
    },
    cpv: ['34711500', '35612100'],
    related: ['aeronautics'],
  },
  {
    id: 'uav',
    terms: {
      fr: ['drone aérien', 'système de drone', 'aéronef sans pilote', 'aéronef télépiloté', 'aéronef sans équipage', 'mini-drone', 'micro-drone', 'drone tactique', 'drone MALE', 'drone de reconnaissance', 'drone à voilure fixe', 'drone de surveillance', 'station de contrôle de drone', 'drone de renseignement'],
      en: ['unmanned aerial vehicle', 'unmanned aircraft system', 'unmanned aircraft', 'remotely piloted aircraft system', 'remotely piloted aircraft', 'aerial drone', 'multirotor', 'fixed-wing drone', 'tactical drone', 'surveillance drone', 'uncrewed aircraft', 'ground control station'],
    },
    acronyms: ['UAV', 'UAS', 'RPAS', 'VTOL', 'SMDM'],
    cpv: ['35613000', '34711200'],
    related: ['drone', 'aeronautics'],
  },
  {
    id: 'ucav',
    terms: {
      fr: ['drone armé', 'drone de combat', 'munition téléopérée', 'munition rôdeuse', 'drone kamikaze', 'drone suicide', "drone d'attaque", 'drone de frappe', 'munition maraudeuse', "drone d'attaque à longue portée", 'drone FPV'],
      en: ['armed drone', 'combat drone', 'loitering munition', 'unmanned combat aerial vehicle', 'kamikaze drone', 'one-way attack drone', 'strike drone', 'attack drone', 'loitering weapon', 'suicide drone', 'FPV drone', 'one-way effector', 'armed UAV', 'combat UAV', 'unmanned combat air vehicle'],
    },
    acronyms: ['UCAV', 'MTO', 'OWA'],
    cpv: ['35613100', '35613000'],
    related: ['uav'],
  },
  {
    id: 'drone',
    terms: {
      fr: ['drone', 'systèmes autonomes', 'dronisation', 'systèmes sans pilote', 'véhicule autonome', 'essaim de drones', 'autonomie décisionnelle', 'drones militaires', 'dronique', 'drones et robots', 'systèmes dronisés', 'plateforme autonome', 'systèmes inhabités'],
      en: ['unmanned system', 'uncrewed system', 'autonomous system', 'unmanned vehicle', 'autonomous vehicle', 'drone swarm', 'swarming', 'military drones', 'drone system', 'autonomous platform', 'robotic and autonomous systems', 'uncrewed platform', 'unmanned platform', 'drone technology', 'drone industry'],
    },
    cpv: ['35613000', '35512400'],
  },
  {
    id: 'robotics',
    terms: {
      fr: ['robotique', 'robot', 'robotisation', 'robotique militaire', 'robot terrestre', 'robotique terrestre', 'véhicule terrestre sans pilote', 'robot mobile', 'robot militaire', 'robotique mobile', 'robotique autonome', 'robot de déminage', 'robotique de défense', "robot d'inspection", 'mule robotisée', 'robot tactique', "robot d'intervention"],
      en: ['robotics', 'military robotics', 'ground robot', 'unmanned ground vehicle', 'robotic system', 'uncrewed ground vehicle', 'mobile robot', 'military robot', 'autonomous robot', 'robotic platform', 'tactical robot', 'defence robotics', 'teleoperated robot'],
    },
    acronyms: ['UGV'],
    cpv: ['38820000', '35400000'],
    related: ['drone'],
  },
  {
    id: 'counter-drone',
    terms: {
      fr: ['lutte anti-drones', 'anti-drone', 'contre-drone', 'détection de drones', 'neutralisation de drones', 'brouilleur anti-drone', 'protection anti-drones', 'détection et neutralisation de drones', 'brouillage de drones', 'lutte contre les drones malveillants', 'lutte antidrone', 'détection de drones malveillants', 'neutralisation de drones hostiles', 'interception de drones', 'drone intercepteur', 'défense anti-drones'],
      en: ['counter-drone', 'counter-UAS', 'counter-UAV', 'drone detection', 'drone neutralisation', 'anti-UAV', 'counter-unmanned aircraft system', 'anti-drone system', 'drone jamming', 'counter-drone system', 'drone mitigation', 'counter-UAS system'],
    },
    acronyms: ['LAD', 'C-UAS', 'CUAS'],
    cpv: ['35730000', '35720000', '35125000'],
    related: ['uav', 'ecm'],
  },
  {
    id: 'avionics',
    terms: {
      fr: ['avionique', 'équipement avionique', 'système avionique', 'calculateur de bord', 'électronique aéronautique', 'instruments de bord', 'commandes de vol', 'système de mission aéroporté', 'cockpit', 'électronique embarquée aéronautique', 'équipement de cockpit', 'calculateur avionique', 'intégration avionique'],
      en: ['avionics', 'avionics system', 'flight computer', 'cockpit display', 'flight control', 'flight control system', 'airborne mission system', 'flight management system', 'aircraft electronics', 'glass cockpit', 'avionics integration', 'mission computer'],
    },
    acronyms: ['DO-178C', 'DO-178', 'DO-254', 'ARINC 429', 'ARINC', 'FMS'],
    cpv: ['35642000', '34730000'],
    related: ['aeronautics'],
  },
  {
    id: 'aircraft-maintenance',
    terms: {
      fr: ['maintenance aéronautique', 'maintenance des aéronefs', 'entretien aéronautique', "maintenance d'hélicoptères", 'maintenance des hélicoptères', 'atelier de maintenance aéronautique', 'maintenance des avions', 'révision des aéronefs', 'maintenance en ligne', 'maintenance en base', "maintenance d'aéronefs", "entretien d'aéronefs", 'maintien de navigabilité'],
      en: ['aircraft maintenance', 'aviation maintenance', 'aircraft MRO', 'helicopter maintenance', 'EASA Part 145', 'Part 145', 'aircraft overhaul', 'airframe maintenance', 'line maintenance', 'base maintenance', 'aeronautical maintenance', 'continuing airworthiness', 'Part M', 'aircraft servicing'],
    },
    acronyms: ['PART145', 'CAMO', 'EN 9110'],
    cpv: ['50650000', '50211000', '50212000'],
    related: ['mco', 'aeronautics'],
  },
  {
    id: 'military-aircraft-maintenance',
    terms: {
      fr: ['MCO aéronautique', 'maintenance aéronautique militaire', 'maintenance des avions militaires', "entretien d'avions", 'maintenance des aéronefs militaires', 'MCO des aéronefs', 'soutien des aéronefs', 'maintenance des hélicoptères militaires', 'maintenance des drones', 'MCO des drones', 'soutien aéronautique militaire', "maintenance d'avions de combat", 'maintenance aéronautique de défense', 'MCO aéronautique militaire', "soutien des flottes d'aéronefs", 'MCO Rafale', 'MCO des hélicoptères', 'soutien des hélicoptères'],
      en: ['military aircraft maintenance', 'military aviation maintenance', 'aircraft sustainment', 'military aircraft support', 'drone maintenance', 'UAV maintenance', 'military helicopter maintenance', 'fighter aircraft maintenance', 'military aircraft MRO', 'military MRO', 'defence aviation MRO', 'military helicopter MRO', 'combat aircraft support'],
    },
    cpv: ['50650000', '50211000'],
    related: ['aircraft-maintenance', 'military-aircraft'],
  },
  {
    id: 'aircraft-component-repair',
    terms: {
      fr: ["réparation de trains d'atterrissage", "révision de trains d'atterrissage", "maintenance de trains d'atterrissage", 'réparation aéronautique', 'réparation de pièces aéronautiques', "réparation d'équipements aéronautiques", "maintenance d'équipements aéronautiques", 'révision de moteurs aéronautiques', 'maintenance des moteurs aéronautiques', 'réparation de structures aéronautiques', "réparation d'hélices", "révision d'équipements de bord", "remise en état de trains d'atterrissage", "remise en état d'atterrisseurs", "révision d'atterrisseurs", 'réparation de composants aéronautiques'],
      en: ['landing gear repair', 'landing gear overhaul', 'landing gear maintenance', 'aircraft repair', 'aircraft component repair', 'component maintenance', 'aircraft component MRO', 'engine MRO', 'aero-engine overhaul', 'engine overhaul', 'aircraft structural repair', 'propeller overhaul', 'landing gear MRO', 'landing gear refurbishment', 'component overhaul'],
    },
    cpv: ['50650000', '50211000', '50212000'],
    related: ['aircraft-maintenance', 'aerostructures'],
  },
  {
    id: 'aerostructures',
    terms: {
      fr: ['aérostructure', 'pièce aéronautique', 'structure aéronautique', 'rechange aéronautique', 'pièces de rechange aéronautiques', 'équipement aéronautique', 'équipementier aéronautique', 'nacelle', "train d'atterrissage", 'pièces aérospatiales', "structure d'aéronef", 'fuselage', 'voilure', 'pièces pour drones', "pièces pour l'aéronautique", 'pièces pour aéronefs', 'atterrisseur', 'pièces de structure aéronautique'],
      en: ['aircraft parts', 'aircraft components', 'aircraft spare parts', 'airframe', 'aircraft structure', 'aircraft equipment', 'aerospace parts', 'landing gear', 'aerostructure', 'fuselage', 'wing structure', 'drone parts', 'UAV components', 'aircraft parts supply'],
    },
    cpv: ['35640000', '35641000', '34730000'],
    related: ['aeronautics'],
  },
  {
    id: 'aerospace-manufacturing',
    terms: {
      fr: ['composites aéronautiques', 'pièces composites aéronautiques', 'usinage aéronautique', 'usinage de pièces aéronautiques', 'fabrication de pièces aéronautiques', 'sous-traitance aéronautique', 'sous-traitant aéronautique', 'mécanique aéronautique', 'tôlerie aéronautique', 'chaudronnerie aéronautique', 'fabrication aéronautique', 'production de pièces aéronautiques', 'usinage de précision aéronautique', 'pièces aéronautiques usinées', 'formage aéronautique', 'assemblage aéronautique', 'sous-traitance aérospatiale', 'fournisseur aéronautique', 'mécanique de précision aéronautique'],
      en: ['aerospace composites', 'aerospace machining', 'aerospace parts manufacturing', 'aircraft parts manufacturing', 'aerospace subcontracting', 'aerospace subcontractor', 'aerospace sheet metal', 'aerospace manufacturing', 'aerospace precision machining', 'aircraft parts machining', 'aerospace component manufacturing', 'aerospace supplier'],
    },
    cpv: ['35640000', '35641000', '34730000'],
    related: ['aerostructures', 'machining', 'composites'],
  },
  {
    id: 'aero-engines',
    terms: {
      fr: ['moteur aéronautique', 'motoriste', 'turbomachine', 'turboréacteur', 'turbomoteur', 'turbopropulseur', "moteur d'avion", "moteur d'hélicoptère", 'propulsion aéronautique', 'pièces de moteurs aéronautiques', 'motorisation de drones', "moteur d'aéronef", 'turbine aéronautique', 'pièces de turbomachine', 'motorisation aéronautique', 'statoréacteur'],
      en: ['aircraft engine', 'aero-engine', 'turbine engine', 'jet engine', 'turboshaft', 'turbofan', 'turboprop', 'aircraft propulsion', 'aero-engine parts', 'engine components', 'drone engine', 'gas turbine engine', 'turbojet', 'ramjet', 'aero engine components'],
    },
    cpv: ['35641100', '34730000', '35640000'],
    related: ['aerostructures', 'aeronautics'],
  },
  {
    id: 'missile',
    terms: {
      fr: ['missile', 'missile antinavire', 'missile de croisière', 'missile sol-air', 'missile tactique', 'missile air-sol', 'missile antichar', 'missile balistique', 'missile hypersonique', 'autodirecteur', 'Exocet', 'Aster', 'missile guidé', 'missilier', 'missile surface-air'],
      en: ['anti-ship missile', 'cruise missile', 'surface-to-air missile', 'tactical missile', 'air-to-surface missile', 'anti-tank missile', 'ballistic missile', 'hypersonic missile', 'missile seeker', 'guided missile', 'guided weapon', 'missile system'],
    },
    acronyms: ['MdCN', 'SAM', 'MMP', 'MICA'],
    cpv: ['35620000', '35622000', '35622300', '35623000', '35622700'],
    related: ['weapons'],
  },
  {
    id: 'space',
    role: 'qualifier',
    terms: {
      fr: ['secteur spatial', 'industrie spatiale', 'systèmes spatiaux', 'défense spatiale', 'domaine spatial', 'spatial militaire', 'activités spatiales', 'NewSpace', 'technologies spatiales', 'filière spatiale', 'secteur du spatial', 'spatial de défense', "défense de l'espace", "Commandement de l'espace", 'économie spatiale'],
      en: ['space industry', 'space systems', 'space defence', 'space defense', 'space sector', 'military space', 'new space', 'space technology', 'outer space', 'space domain', 'space industry sector', 'space defence sector', 'space economy', 'space command', 'spacetech', 'space-based systems'],
    },
    cpv: ['35630000', '34712000'],
  },
  {
    id: 'launcher',
    terms: {
      fr: ['lanceur spatial', "accès à l'espace", 'micro-lanceur', 'mini-lanceur', 'fusée', 'fusée-sonde', 'lanceur réutilisable', 'services de lancement', 'propulsion spatiale', 'moteur-fusée', 'étage de lanceur', 'lancement spatial', 'petit lanceur', 'lanceur léger', 'moteur de fusée', 'Ariane 6'],
      en: ['launch vehicle', 'space launcher', 'microlauncher', 'small launcher', 'launch services', 'rocket', 'sounding rocket', 'reusable launcher', 'space propulsion', 'rocket engine', 'launcher stage', 'orbital launch', 'rocket launch', 'small satellite launcher', 'launch provider'],
    },
    cpv: ['34712000', '35630000'],
    related: ['space'],
  },
  {
    id: 'satellite',
    terms: {
      fr: ['satellite', 'constellation de satellites', 'microsatellite', 'nanosatellite', 'petit satellite', 'plateforme satellite', 'satellite militaire', 'engin spatial', 'fabrication de satellites', 'intégration de satellites', 'plateforme de nanosatellite', 'sous-système satellite', 'équipement spatial', 'équipement de satellite', 'nanosat', 'satellite en orbite basse'],
      en: ['satellite constellation', 'small satellite', 'smallsat', 'cubesat', 'satellite platform', 'spacecraft', 'military satellite', 'satellite manufacturing', 'satellite integration', 'satellite bus', 'satellite subsystem', 'space equipment', 'satellite equipment', 'nanosatellite', 'LEO satellite', 'low Earth orbit satellite'],
    },
    cpv: ['35630000', '34712200', '35631000', '35632000', '32534000'],
    related: ['space'],
  },
  {
    id: 'space-payload',
    terms: {
      fr: ['charge utile', 'charge utile spatiale', 'charge utile satellite', "charge utile d'observation", 'instrument spatial', 'instrument embarqué sur satellite', 'intégration de charges utiles', 'charge utile de télécommunication', 'charge utile optique', 'charge utile radar', 'charge utile hyperspectrale', "instrument d'observation spatial", 'instrument satellitaire', 'charge utile pour nanosatellite'],
      en: ['payload', 'space payload', 'satellite payload', 'space instrument', 'spaceborne instrument', 'payload integration', 'hosted payload', 'observation payload', 'optical payload', 'radar payload', 'SAR payload', 'hyperspectral payload', 'satellite instrument', 'cubesat payload', 'payload development'],
    },
    cpv: ['35630000', '34712200', '35632000'],
    related: ['satellite'],
  },
  {
    id: 'earth-observation',
    terms: {
      fr: ['observation de la Terre', "satellite d'observation", 'imagerie satellitaire', 'imagerie spatiale', 'télédétection', 'image satellite', 'observation spatiale', 'imagerie satellite', 'données satellitaires', 'observation satellitaire', "données d'observation de la Terre", "exploitation d'images satellites", 'imagerie optique spatiale', 'géo-information satellitaire', 'télédétection spatiale', 'imagerie radar satellitaire'],
      en: ['earth observation', 'observation satellite', 'satellite imagery', 'remote sensing', 'space-based imagery', 'satellite images', 'earth observation satellite', 'satellite data', 'earth observation data', 'satellite image exploitation', 'optical satellite imagery', 'space imagery', 'satellite remote sensing'],
    },
    acronyms: ['CSO'],
    cpv: ['35632000', '35631200', '34712200'],
    related: ['satellite', 'geoint'],
  },
  {
    id: 'satcom',
    terms: {
      fr: ['télécommunications par satellite', 'communication par satellite', 'communications satellitaires', 'liaison satellitaire', 'terminal satellitaire', 'liaison satellite', 'Syracuse', 'transmission par satellite', 'télécommunications spatiales', 'satcom en mouvement', 'terminal satcom', 'station satcom', 'connectivité satellite', 'antenne satcom', 'communications satellite militaires', 'terminaux satellitaires', 'terminaux satcom'],
      en: ['satcom', 'satellite communications', 'satellite terminal', 'satellite link', 'satcom on the move', 'communication satellite', 'satellite telecommunications', 'satcom terminal', 'satellite communication terminal', 'satellite connectivity', 'satcom antenna'],
    },
    acronyms: ['SOTM', 'MILSATCOM', 'VSAT'],
    cpv: ['32530000', '32531000', '35631100'],
    related: ['satellite', 'telecom'],
  },
  {
    id: 'ground-segment',
    terms: {
      fr: ['segment sol', 'station sol', 'station terrienne', 'contrôle de satellites', 'centre de contrôle satellite', 'centre de mission', 'antenne de réception satellite', 'télécommande et télémesure', 'terminal sol', 'terminal sol satellite', 'station de contrôle satellite', 'téléport', 'station de réception satellite', 'terminaux sol', 'segment sol utilisateur', 'antenne de station sol'],
      en: ['ground segment', 'ground station', 'earth station', 'satellite control', 'satellite control centre', 'mission control centre', 'satellite dish', 'telemetry tracking and command', 'satellite ground terminal', 'ground terminal', 'teleport', 'satellite ground station', 'ground station network', 'ground control segment'],
    },
    acronyms: ['TT&C'],
    cpv: ['32533000', '32532000', '32441000'],
    related: ['satellite'],
  },
  {
    id: 'space-surveillance',
    terms: {
      fr: ["surveillance de l'espace", 'connaissance de la situation spatiale', 'surveillance spatiale', 'débris spatiaux', 'suivi des satellites', 'radar de surveillance spatiale', "surveillance de l'espace extra-atmosphérique", 'suivi des objets spatiaux', 'surveillance des orbites', 'surveillance des débris', 'veille spatiale', 'trajectographie spatiale', "détermination d'orbite", 'radar GRAVES', 'gestion du trafic spatial', "catalogue d'objets spatiaux"],
      en: ['space surveillance', 'space situational awareness', 'space domain awareness', 'space debris', 'satellite tracking', 'space object tracking', 'space traffic management', 'orbit determination', 'orbital debris', 'space object catalogue', 'space object catalog', 'conjunction assessment'],
    },
    acronyms: ['SSA', 'SDA'],
    cpv: ['35720000', '35630000'],
    related: ['space'],
  },
  {
    id: 'gnss',
    terms: {
      fr: ['positionnement par satellite', 'géolocalisation', 'géopositionnement', 'navigation par satellite', 'système de positionnement', 'récepteur GNSS', 'récepteur GPS', 'positionnement, navigation et datation', 'horloge atomique', 'anti-brouillage GNSS', 'résilience PNT', 'Galileo', 'leurrage GNSS', 'radionavigation par satellite'],
      en: ['satellite positioning', 'global navigation satellite system', 'global positioning system', 'positioning, navigation and timing', 'satellite navigation', 'geolocation', 'GNSS receiver', 'GPS receiver', 'anti-jamming', 'anti-spoofing', 'atomic clock', 'time synchronisation', 'GNSS resilience'],
    },
    acronyms: ['GNSS', 'GPS', 'PNT', 'CRPA'],
    cpv: ['38112100', '35631300'],
    related: ['naval-navigation'],
  },
  {
    id: 'meteorology',
    terms: {
      fr: ['météorologie', 'météo', 'prévision météorologique', 'capteur météorologique', 'station météo', 'météorologie militaire', 'prévision météo', 'capteur météo', 'météorologie marine', 'observation météorologique', 'capteur atmosphérique', 'radar météorologique', 'météorologie aéronautique', 'prévision du temps', 'climatologie'],
      en: ['meteorology', 'weather forecasting', 'weather sensor', 'weather station', 'weather radar', 'meteorological', 'weather forecast', 'meteorological sensor', 'weather observation', 'atmospheric sensor', 'marine meteorology', 'aviation weather', 'weather monitoring', 'meteorological radar'],
    },
    cpv: ['38100000'],
  },
  {
    id: 'search-and-rescue',
    terms: {
      fr: ['recherche et sauvetage', 'sauvetage en mer', 'sauvetage maritime', 'hélicoptère de sauvetage', 'navire de sauvetage', 'secours en mer', 'balise de détresse', 'recherche et sauvetage en mer', 'sauvetage aéromaritime', 'secours maritime', 'bateau de sauvetage', 'canot de sauvetage', 'radeau de survie', 'équipement de survie en mer', 'balise de localisation'],
      en: ['search and rescue', 'maritime rescue', 'rescue vessel', 'rescue helicopter', 'sea rescue', 'distress beacon', 'lifeboat', 'SAR helicopter', 'life raft', 'liferaft', 'survival equipment', 'personal locator beacon', 'emergency beacon', 'maritime search and rescue'],
    },
    acronyms: ['COSPAS-SARSAT', 'PLB'],
    cpv: ['35612500', '34513700', '35112000'],
  },
  {
    id: 'aerial-target',
    terms: {
      fr: ['drone cible', 'cible aérienne', 'cible remorquée', 'engin cible', 'cible de tir aérienne', 'cible représentative de la menace', 'service de cibles aériennes', 'cible pour essais de missiles'],
      en: ['target drone', 'aerial target', 'towed target', 'target aircraft', 'drone target', 'threat-representative target', 'aerial target services', 'missile test target'],
    },
    cpv: ['35613000', '35620000'],
    related: ['uav'],
  },
  {
    id: 'airdrop',
    terms: {
      fr: ['aérolargage', 'largage de charges', 'parachutage', 'largage de matériel', 'système de largage', 'parachute de charge', 'largage par parachute', 'livraison par air', 'largage de précision'],
      en: ['airdrop', 'air drop', 'cargo parachute', 'aerial delivery', 'precision airdrop', 'parachute system', 'air delivery equipment', 'cargo airdrop'],
    },
    acronyms: ['JPADS'],
    cpv: ['35820000', '34740000'],
    related: ['military-aircraft'],
  },
  {
    id: 'aircraft-ground-support',
    terms: {
      fr: ['équipement de servitude au sol', 'matériel de servitude aéronautique', 'moyens de servitude aéronautique', 'équipement de soutien au sol', 'outillage aéronautique', 'banc de servitude', 'tracteur avion', 'groupe de parc aéronautique', 'équipements sol aéronautiques'],
      en: ['ground support equipment', 'aircraft ground support', 'aircraft tooling', 'ground power unit', 'aircraft tug', 'aircraft towbar', 'aviation ground equipment', 'aircraft ground equipment'],
    },
    acronyms: ['GSE'],
    cpv: ['34740000', '35820000'],
    related: ['aircraft-maintenance'],
  },
];
