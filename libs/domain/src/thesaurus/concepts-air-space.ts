import type { ThesaurusConcept } from './thesaurus.types';

/** Air, naval aviation, drones, missiles and space. */
// prettier-ignore
export const AIR_SPACE_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'aeronautics',
    role: 'qualifier',
    terms: {
      fr: ['aéronautique', 'aérospatial', 'aéronautique de défense', 'industrie aéronautique', 'secteur aéronautique', 'aéronautique et spatial', 'domaine aéronautique', 'aéronef', 'aérien', 'filière aéronautique', 'aéronautique militaire'],
      en: ['aeronautics', 'aerospace', 'aviation', 'aircraft', 'aerospace industry', 'aviation industry', 'aircraft industry', 'aerospace sector', 'aeronautical'],
    },
    cpv: ['34700000', '35600000'],
  },
  {
    id: 'military-aircraft',
    role: 'qualifier',
    terms: {
      fr: ['avion militaire', 'avion de combat', 'avion de chasse', 'aéronef militaire', 'Rafale', 'avion de transport militaire', 'aviation militaire', 'avion de combat futur', 'système de combat aérien futur'],
      en: ['military aircraft', 'combat aircraft', 'fighter aircraft', 'fighter jet', 'military transport aircraft', 'military aviation', 'future combat air system', 'fighter'],
    },
    acronyms: ['SCAF', 'FCAS'],
    cpv: ['35610000', '35611100'],
    related: ['aeronautics'],
  },
  {
    id: 'maritime-patrol-aircraft',
    role: 'qualifier',
    terms: {
      fr: ['avion de patrouille maritime', 'patrouille maritime', 'Atlantique 2', 'avion de surveillance maritime', 'avion de patrouille maritime futur', 'avion de reconnaissance'],
      en: ['maritime patrol aircraft', 'maritime surveillance aircraft', 'reconnaissance aircraft', 'surveillance aircraft', 'maritime patrol'],
    },
    acronyms: ['ATL2', 'PATMAR', 'MPA', 'AVSIMAR'],
    cpv: ['35611600', '35611800', '35610000'],
    related: ['military-aircraft', 'asw'],
  },
  {
    id: 'naval-aviation',
    role: 'qualifier',
    terms: {
      fr: ['aéronautique navale', 'aéronavale', 'aviation navale', 'aviation embarquée', 'Rafale Marine', 'flottille', 'base aéronavale'],
      en: ['naval aviation', 'naval air', 'carrier aviation', 'carrier air wing', 'embarked aviation', 'naval air station', 'carrier-based aircraft'],
    },
    cpv: ['35610000', '50650000'],
    related: ['military-aircraft', 'aircraft-carrier'],
  },
  {
    id: 'helicopter',
    role: 'qualifier',
    terms: {
      fr: ['hélicoptère', 'voilure tournante', 'hélicoptère militaire', 'hélicoptère de combat', 'hélicoptère de manœuvre', 'hélicoptère interarmées léger', 'NH90', 'Caïman', 'Guépard', 'Tigre', 'Panther', 'Dauphin'],
      en: ['helicopter', 'rotorcraft', 'rotary-wing', 'rotary wing aircraft', 'military helicopter', 'combat helicopter', 'attack helicopter', 'utility helicopter', 'naval helicopter'],
    },
    cpv: ['34711500', '35612100'],
    related: ['aeronautics'],
  },
  {
    id: 'uav',
    terms: {
      fr: ['drone aérien', 'système de drone', 'aéronef sans pilote', 'aéronef télépiloté', 'aéronef sans équipage', 'mini-drone', 'micro-drone', 'drone tactique', 'drone MALE', 'drone de reconnaissance', 'drone à voilure fixe', 'drone de surveillance', 'station de contrôle de drone'],
      en: ['unmanned aerial vehicle', 'unmanned aircraft system', 'unmanned aircraft', 'remotely piloted aircraft system', 'remotely piloted aircraft', 'aerial drone', 'multirotor', 'fixed-wing drone', 'tactical drone', 'surveillance drone', 'uncrewed aircraft', 'ground control station'],
    },
    acronyms: ['UAV', 'UAS', 'RPAS', 'VTOL', 'SMDM'],
    cpv: ['35613000', '34711200'],
    related: ['drone', 'aeronautics'],
  },
  {
    id: 'ucav',
    terms: {
      fr: ['drone armé', 'drone de combat', 'munition téléopérée', 'munition rôdeuse', 'drone kamikaze', 'drone suicide'],
      en: ['armed drone', 'combat drone', 'loitering munition', 'unmanned combat aerial vehicle', 'kamikaze drone', 'one-way attack drone'],
    },
    acronyms: ['UCAV', 'MTO'],
    cpv: ['35613100', '35613000'],
    related: ['uav'],
  },
  {
    id: 'drone',
    terms: {
      fr: ['drone', 'systèmes autonomes', 'dronisation', 'systèmes sans pilote', 'véhicule autonome', 'essaim de drones', 'autonomie décisionnelle', 'drones militaires'],
      en: ['unmanned system', 'uncrewed system', 'autonomous system', 'unmanned vehicle', 'autonomous vehicle', 'drone swarm', 'swarming', 'military drones', 'drone system'],
    },
    cpv: ['35613000', '35512400'],
  },
  {
    id: 'robotics',
    terms: {
      fr: ['robotique', 'robot', 'robotisation', 'robotique militaire', 'robot terrestre', 'robotique terrestre', 'cobotique', 'véhicule terrestre sans pilote', 'robot mobile', 'robot militaire', 'robotique mobile', 'robotique autonome'],
      en: ['robotics', 'military robotics', 'ground robot', 'unmanned ground vehicle', 'robotic system', 'uncrewed ground vehicle', 'mobile robot', 'military robot', 'autonomous robot', 'robotic platform'],
    },
    acronyms: ['UGV'],
    cpv: ['38820000', '35400000'],
    related: ['drone'],
  },
  {
    id: 'counter-drone',
    terms: {
      fr: ['lutte anti-drones', 'anti-drone', 'contre-drone', 'détection de drones', 'neutralisation de drones', 'brouilleur anti-drone', 'protection anti-drones', 'détection et neutralisation de drones', 'brouillage de drones', 'lutte contre les drones malveillants'],
      en: ['counter-drone', 'counter-UAS', 'counter-UAV', 'drone detection', 'drone neutralisation', 'anti-UAV', 'counter-unmanned aircraft system', 'anti-drone system', 'drone jamming', 'counter-drone system', 'drone mitigation'],
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
      fr: ['maintenance aéronautique', 'maintenance des aéronefs', 'entretien aéronautique', "maintenance d'hélicoptères", 'maintenance des hélicoptères', 'atelier de maintenance aéronautique', 'maintenance des avions', 'révision des aéronefs', 'maintenance en ligne', 'maintenance en base'],
      en: ['aircraft maintenance', 'aviation maintenance', 'aircraft MRO', 'helicopter maintenance', 'EASA Part 145', 'Part 145', 'aircraft overhaul', 'airframe maintenance', 'line maintenance', 'base maintenance', 'aeronautical maintenance', 'continuing airworthiness', 'Part M'],
    },
    acronyms: ['PART145', 'CAMO', 'EN 9110'],
    cpv: ['50650000', '50211000', '50212000'],
    related: ['mco', 'aeronautics'],
  },
  {
    id: 'military-aircraft-maintenance',
    terms: {
      fr: ['MCO aéronautique', 'maintenance aéronautique militaire', 'maintenance des avions militaires', "entretien d'avions", 'maintenance des aéronefs militaires', 'MCO des aéronefs', 'soutien des aéronefs', 'maintenance des hélicoptères militaires', 'maintenance des drones', 'MCO des drones', 'soutien aéronautique militaire', "maintenance d'avions de combat"],
      en: ['military aircraft maintenance', 'military aviation maintenance', 'aircraft sustainment', 'military aircraft support', 'drone maintenance', 'UAV maintenance', 'military helicopter maintenance', 'fighter aircraft maintenance', 'military aircraft MRO'],
    },
    cpv: ['50650000', '50211000'],
    related: ['aircraft-maintenance', 'military-aircraft'],
  },
  {
    id: 'aircraft-component-repair',
    terms: {
      fr: ["réparation de trains d'atterrissage", "révision de trains d'atterrissage", "maintenance de trains d'atterrissage", 'réparation aéronautique', 'réparation de pièces aéronautiques', "réparation d'équipements aéronautiques", "maintenance d'équipements aéronautiques", 'révision de moteurs aéronautiques', 'maintenance des moteurs aéronautiques', 'réparation de structures aéronautiques', "réparation d'hélices", "révision d'équipements de bord"],
      en: ['landing gear repair', 'landing gear overhaul', 'landing gear maintenance', 'aircraft repair', 'aircraft component repair', 'component maintenance', 'aircraft component MRO', 'engine MRO', 'aero-engine overhaul', 'engine overhaul', 'aircraft structural repair', 'propeller overhaul', 'landing gear MRO'],
    },
    cpv: ['50650000', '50211000', '50212000'],
    related: ['aircraft-maintenance', 'aerostructures'],
  },
  {
    id: 'aerostructures',
    terms: {
      fr: ['aérostructure', 'pièce aéronautique', 'structure aéronautique', 'rechange aéronautique', 'pièces de rechange aéronautiques', 'équipement aéronautique', 'équipementier aéronautique', 'nacelle', "train d'atterrissage", 'pièces aérospatiales', "structure d'aéronef", 'fuselage', 'voilure', 'pièces pour drones', "pièces pour l'aéronautique", 'pièces pour aéronefs'],
      en: ['aircraft parts', 'aircraft components', 'aircraft spare parts', 'airframe', 'aircraft structure', 'aircraft equipment', 'aerospace parts', 'landing gear', 'aerostructure', 'fuselage', 'wing structure', 'drone parts', 'UAV components', 'aircraft parts supply'],
    },
    cpv: ['35640000', '35641000', '34730000'],
    related: ['aeronautics'],
  },
  {
    id: 'aerospace-manufacturing',
    terms: {
      fr: ['composites aéronautiques', 'pièces composites aéronautiques', 'usinage aéronautique', 'usinage de pièces aéronautiques', 'fabrication de pièces aéronautiques', 'sous-traitance aéronautique', 'sous-traitant aéronautique', 'mécanique aéronautique', 'tôlerie aéronautique', 'chaudronnerie aéronautique', 'fabrication aéronautique', 'production de pièces aéronautiques'],
      en: ['aerospace composites', 'aerospace machining', 'aerospace parts manufacturing', 'aircraft parts manufacturing', 'aerospace subcontracting', 'aerospace subcontractor', 'aerospace sheet metal', 'aerospace manufacturing', 'aerospace precision machining'],
    },
    cpv: ['35640000', '35641000', '34730000'],
    related: ['aerostructures', 'machining', 'composites'],
  },
  {
    id: 'aero-engines',
    terms: {
      fr: ['moteur aéronautique', 'motoriste', 'turbomachine', 'turboréacteur', 'turbomoteur', 'turbopropulseur', "moteur d'avion", "moteur d'hélicoptère", 'propulsion aéronautique', 'pièces de moteurs aéronautiques', 'motorisation de drones'],
      en: ['aircraft engine', 'aero-engine', 'turbine engine', 'jet engine', 'turboshaft', 'turbofan', 'turboprop', 'aircraft propulsion', 'aero-engine parts', 'engine components', 'drone engine', 'gas turbine engine'],
    },
    cpv: ['35641100', '34730000', '35640000'],
    related: ['aerostructures', 'aeronautics'],
  },
  {
    id: 'missile',
    terms: {
      fr: ['missile', 'missile antinavire', 'missile de croisière', 'missile sol-air', 'missile tactique', 'missile air-sol', 'missile antichar', 'missile balistique', 'missile hypersonique', 'autodirecteur', 'Exocet', 'Aster'],
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
      fr: ['secteur spatial', 'industrie spatiale', 'systèmes spatiaux', 'défense spatiale', 'domaine spatial', 'spatial militaire', 'activités spatiales', 'NewSpace', 'technologies spatiales', 'filière spatiale', 'secteur du spatial'],
      en: ['space industry', 'space systems', 'space defence', 'space defense', 'space sector', 'military space', 'new space', 'space technology', 'outer space', 'space domain', 'space industry sector'],
    },
    cpv: ['35630000', '34712000'],
  },
  {
    id: 'launcher',
    terms: {
      fr: ['lanceur spatial', "accès à l'espace", 'micro-lanceur', 'mini-lanceur', 'fusée', 'fusée-sonde', 'lanceur réutilisable', 'services de lancement', 'propulsion spatiale', 'moteur-fusée', 'étage de lanceur'],
      en: ['launch vehicle', 'space launcher', 'microlauncher', 'small launcher', 'launch services', 'rocket', 'sounding rocket', 'reusable launcher', 'space propulsion', 'rocket engine', 'launcher stage'],
    },
    cpv: ['34712000', '35630000'],
    related: ['space'],
  },
  {
    id: 'satellite',
    terms: {
      fr: ['satellite', 'constellation de satellites', 'microsatellite', 'nanosatellite', 'petit satellite', 'plateforme satellite', 'satellite militaire', 'engin spatial', 'fabrication de satellites', 'intégration de satellites', 'plateforme de nanosatellite', 'sous-système satellite', 'équipement spatial', 'équipement de satellite', 'nanosat'],
      en: ['satellite constellation', 'small satellite', 'smallsat', 'cubesat', 'satellite platform', 'spacecraft', 'military satellite', 'satellite manufacturing', 'satellite integration', 'satellite bus', 'satellite subsystem', 'space equipment', 'satellite equipment', 'nanosatellite'],
    },
    cpv: ['35630000', '34712200', '35631000', '35632000', '32534000'],
    related: ['space'],
  },
  {
    id: 'space-payload',
    terms: {
      fr: ['charge utile', 'charge utile spatiale', 'charge utile satellite', "charge utile d'observation", 'instrument spatial', 'instrument embarqué sur satellite', 'intégration de charges utiles', 'charge utile de télécommunication'],
      en: ['payload', 'space payload', 'satellite payload', 'space instrument', 'spaceborne instrument', 'payload integration', 'hosted payload', 'observation payload'],
    },
    cpv: ['35630000', '34712200', '35632000'],
    related: ['satellite'],
  },
  {
    id: 'earth-observation',
    terms: {
      fr: ['observation de la Terre', "satellite d'observation", 'imagerie satellitaire', 'imagerie spatiale', 'télédétection', 'image satellite', 'observation spatiale', 'imagerie satellite', 'données satellitaires', 'observation satellitaire', "données d'observation de la Terre", "exploitation d'images satellites", 'imagerie optique spatiale', 'géo-information satellitaire'],
      en: ['earth observation', 'observation satellite', 'satellite imagery', 'remote sensing', 'space-based imagery', 'satellite images', 'earth observation satellite', 'satellite data', 'earth observation data', 'satellite image exploitation', 'optical satellite imagery', 'space imagery'],
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
      fr: ['segment sol', 'station sol', 'station terrienne', 'contrôle de satellites', 'centre de contrôle satellite', 'centre de mission', 'antenne de réception satellite', 'télécommande et télémesure', 'terminal sol', 'terminal sol satellite', 'station de contrôle satellite', 'téléport', 'station de réception satellite', 'terminaux sol'],
      en: ['ground segment', 'ground station', 'earth station', 'satellite control', 'satellite control centre', 'mission control centre', 'satellite dish', 'telemetry tracking and command', 'satellite ground terminal', 'ground terminal', 'teleport', 'satellite ground station', 'ground station network'],
    },
    acronyms: ['TT&C'],
    cpv: ['32533000', '32532000', '32441000'],
    related: ['satellite'],
  },
  {
    id: 'space-surveillance',
    terms: {
      fr: ["surveillance de l'espace", 'connaissance de la situation spatiale', 'surveillance spatiale', 'débris spatiaux', 'suivi des satellites', 'radar de surveillance spatiale', "surveillance de l'espace extra-atmosphérique", 'suivi des objets spatiaux'],
      en: ['space surveillance', 'space situational awareness', 'space domain awareness', 'space debris', 'satellite tracking', 'space object tracking', 'space traffic management', 'orbit determination'],
    },
    acronyms: ['SSA', 'SDA'],
    cpv: ['35720000', '35630000'],
    related: ['space'],
  },
  {
    id: 'gnss',
    terms: {
      fr: ['positionnement par satellite', 'géolocalisation', 'géopositionnement', 'navigation par satellite', 'système de positionnement', 'récepteur GNSS', 'récepteur GPS', 'positionnement, navigation et datation', 'horloge atomique', 'anti-brouillage GNSS', 'résilience PNT', 'Galileo', 'leurrage GNSS'],
      en: ['satellite positioning', 'global navigation satellite system', 'global positioning system', 'positioning, navigation and timing', 'satellite navigation', 'geolocation', 'GNSS receiver', 'GPS receiver', 'anti-jamming', 'anti-spoofing', 'atomic clock', 'time synchronisation'],
    },
    acronyms: ['GNSS', 'GPS', 'PNT', 'CRPA'],
    cpv: ['38112100', '35631300'],
    related: ['naval-navigation'],
  },
  {
    id: 'meteorology',
    terms: {
      fr: ['météorologie', 'météo', 'prévision météorologique', 'capteur météorologique', 'station météo', 'météorologie militaire', 'prévision météo', 'capteur météo'],
      en: ['meteorology', 'weather forecasting', 'weather sensor', 'weather station', 'weather radar', 'meteorological', 'weather forecast', 'meteorological sensor'],
    },
    cpv: ['38100000'],
  },
  {
    id: 'search-and-rescue',
    terms: {
      fr: ['recherche et sauvetage', 'sauvetage en mer', 'sauvetage maritime', 'hélicoptère de sauvetage', 'navire de sauvetage', 'secours en mer', 'balise de détresse'],
      en: ['search and rescue', 'maritime rescue', 'rescue vessel', 'rescue helicopter', 'sea rescue', 'distress beacon', 'lifeboat'],
    },
    cpv: ['35612500', '34513700', '35112000'],
  },
];
