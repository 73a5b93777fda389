import type { ThesaurusConcept } from './thesaurus.types';

/** Air, naval aviation, drones, missiles and space. */
// prettier-ignore
export const AIR_SPACE_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'aeronautics',
    role: 'qualifier',
    terms: {
      fr: ['aéronautique', 'aérospatial', 'aéronautique de défense', 'industrie aéronautique', 'secteur aéronautique', 'aéronautique et spatial', 'domaine aéronautique', 'aéronef', 'aérien', 'filière aéronautique', 'aéronautique militaire', 'filière aérospatiale', 'industrie aérospatiale', 'secteur aérospatial', 'avionneur', 'aéronautique civile et militaire', 'constructeur aéronautique', 'programme aéronautique', 'aéroporté', 'matériel aéronautique', 'systèmes aéronautiques', 'domaine aérospatial', 'aérospatial et défense', "secteur de l'aviation", 'pôle aéronautique'],
      en: ['aeronautics', 'aerospace', 'aviation', 'aircraft', 'aerospace industry', 'aviation industry', 'aircraft industry', 'aerospace sector', 'aeronautical', 'aerospace and defence', 'aerospace and defense', 'aircraft manufacturer', 'aviation sector', 'aeronautical industry', 'aerospace defence', 'airborne', 'aircraft programme', 'aircraft program', 'aviation domain', 'aeronautical sector', 'aerospace domain', 'aeronautical engineering', 'aerospace engineering', 'aircraft systems', 'aerospace cluster'],
    },
    cpv: ['34700000', '35600000'],
  },
  {
    id: 'military-aircraft',
    role: 'qualifier',
    terms: {
      fr: ['avion militaire', 'avion de combat', 'avion de chasse', 'aéronef militaire', 'Rafale', 'avion de transport militaire', 'aviation militaire', 'avion de combat futur', 'système de combat aérien futur', 'Mirage 2000', 'A400M', 'avion de transport tactique', 'avion ravitailleur', 'aviation de chasse', "avion d'entraînement militaire", "armée de l'Air et de l'Espace", 'avion militaire de transport', 'aéronef de combat', "avion d'armes", 'avion de guerre', 'avion radar', 'avion de détection aéroporté', 'Rafale F4', 'Rafale F5', 'Alphajet', 'Alpha Jet', 'A330 MRTT'],
      en: ['military aircraft', 'combat aircraft', 'fighter aircraft', 'fighter jet', 'military transport aircraft', 'military aviation', 'future combat air system', 'fighter', 'tanker aircraft', 'air-to-air refuelling', 'trainer aircraft', 'air force', 'next generation fighter', 'warplane', 'military airplane', 'multirole fighter', 'multirole combat aircraft', 'strike aircraft', 'jet fighter', 'airborne early warning aircraft', 'airborne early warning and control', 'military airlifter', 'airlifter', 'tactical airlifter', 'military transport plane'],
    },
    acronyms: ['SCAF', 'FCAS', 'AWACS', 'MRTT', 'NGF', 'GCAP', 'AEW'],
    cpv: ['35610000', '35611100'],
    related: ['aeronautics'],
  },
  {
    id: 'maritime-patrol-aircraft',
    role: 'qualifier',
    terms: {
      fr: ['avion de patrouille maritime', 'patrouille maritime', 'Atlantique 2', 'avion de surveillance maritime', 'avion de patrouille maritime futur', 'avion de reconnaissance', 'aéronef de patrouille maritime', 'surveillance maritime aérienne', 'Falcon 2000 Albatros', "avion de surveillance et d'intervention maritime", 'patrouille maritime aéroportée', 'Atlantic 2', 'ATL2 rénové', 'Falcon Albatros', 'Falcon 2000 MRA', 'avion de patrouille maritime rénové', 'avion de guet maritime', 'patrouille maritime aérienne', 'aéronef de surveillance maritime', 'avion de lutte anti-sous-marine', 'avion de reconnaissance maritime', 'Falcon 50M', 'Falcon 200 Gardian', 'PATMAR futur', 'avion de patrouille maritime de nouvelle génération'],
      en: ['maritime patrol aircraft', 'maritime surveillance aircraft', 'reconnaissance aircraft', 'surveillance aircraft', 'maritime patrol', 'maritime patrol and reconnaissance aircraft', 'airborne maritime surveillance', 'ASW aircraft', 'P-8 Poseidon', 'maritime reconnaissance aircraft', 'anti-submarine aircraft', 'maritime patrol plane', 'MPA programme', 'maritime surveillance plane', 'maritime multi-mission aircraft', 'maritime multirole aircraft', 'future maritime patrol aircraft', 'P-3 Orion', 'maritime airborne surveillance', 'airborne maritime patrol', 'long-range maritime patrol'],
    },
    acronyms: ['ATL2', 'PATMAR', 'MPA', 'AVSIMAR', 'MPRA'],
    cpv: ['35611600', '35611800', '35610000'],
    related: ['military-aircraft', 'asw'],
  },
  {
    id: 'naval-aviation',
    role: 'qualifier',
    terms: {
      fr: ['aéronautique navale', 'aéronavale', 'aviation navale', 'aviation embarquée', 'Rafale Marine', 'flottille', 'base aéronavale', 'groupe aérien embarqué', "base d'aéronautique navale", 'Landivisiau', 'Lann-Bihoué', 'aéronefs embarqués', 'aviation de la Marine', 'aéronautique de la Marine', 'aviation navale embarquée', 'aéronefs de la Marine', 'Rafale M', "appontage d'aéronefs", 'appontage hélicoptère', 'Hawkeye', 'E-2C', 'E-2D', 'groupe aérien', 'aviation embarquée sur porte-avions', 'BAN Landivisiau', 'BAN Lann-Bihoué'],
      en: ['naval aviation', 'naval air', 'carrier aviation', 'carrier air wing', 'embarked aviation', 'naval air station', 'carrier-based aircraft', 'carrier air group', 'shipborne aviation', 'naval aircraft', 'embarked aircraft', 'maritime aviation', 'navy aviation', 'fleet air arm', 'naval air arm', 'carrier-borne aircraft', 'shipboard aviation', 'ship-based aviation', 'carrier aircraft', 'deck landing', 'carrier landing', 'naval air base', 'naval fighter', 'carrier fighter', 'naval air squadron', 'maritime air operations'],
    },
    acronyms: ['AéNav', 'ALAVIA'],
    cpv: ['35610000', '50650000'],
    related: ['military-aircraft', 'aircraft-carrier'],
  },
  {
    id: 'helicopter',
    role: 'qualifier',
    terms: {
      fr: ['hélicoptère', 'voilure tournante', 'hélicoptère militaire', 'hélicoptère de combat', 'hélicoptère de manœuvre', 'hélicoptère interarmées léger', 'NH90', 'Caïman', 'Guépard', 'Tigre', 'Panther', 'Dauphin', 'hélicoptère de transport', 'hélicoptère embarqué', 'hélicoptère léger', 'hélicoptère naval', 'H160', "hélicoptère de reconnaissance et d'attaque", "hélicoptère d'attaque", 'hélicoptère de transport tactique', 'hélicoptère lourd', 'hélicoptère de transport lourd', 'hélicoptère maritime', 'hélicoptère de la Marine', 'hélicoptère multirôle', 'aéronef à voilure tournante', 'hélicoptère Caracal', 'hélicoptère Gazelle', 'hélicoptère Puma', 'Super Puma', 'Fennec'],
      en: ['helicopter', 'rotorcraft', 'rotary-wing', 'rotary wing aircraft', 'military helicopter', 'combat helicopter', 'attack helicopter', 'utility helicopter', 'naval helicopter', 'heavy-lift helicopter', 'shipborne helicopter', 'light helicopter', 'maritime helicopter', 'helicopter fleet', 'multirole helicopter', 'multi-role helicopter', 'transport helicopter', 'tactical helicopter', 'heavy helicopter', 'medium helicopter', 'reconnaissance helicopter', 'scout helicopter', 'training helicopter', 'army helicopter', 'army aviation', 'tiltrotor', 'NH90 helicopter', 'Tiger helicopter'],
    },
    acronyms: ['ALAT'],
    cpv: ['34711500', '35612100'],
    related: ['aeronautics'],
  },
  {
    id: 'uav',
    terms: {
      fr: ['drone aérien', 'système de drone', 'aéronef sans pilote', 'aéronef télépiloté', 'aéronef sans équipage', 'mini-drone', 'micro-drone', 'drone tactique', 'drone MALE', 'drone de reconnaissance', 'drone à voilure fixe', 'drone de surveillance', 'station de contrôle de drone', 'drone de renseignement', 'drone HALE', 'drone de moyenne altitude longue endurance', 'drone à voilure tournante', 'drone multirotor', 'drone multi-rotors', 'drone VTOL', 'drone à décollage vertical', 'drone hélicoptère', 'drone aéromaritime', 'drone embarqué', 'drone de contact', "drone d'observation", 'drone longue endurance', 'drone Reaper'],
      en: ['unmanned aerial vehicle', 'unmanned aircraft system', 'unmanned aircraft', 'remotely piloted aircraft system', 'remotely piloted aircraft', 'aerial drone', 'multirotor', 'fixed-wing drone', 'tactical drone', 'surveillance drone', 'uncrewed aircraft', 'ground control station', 'drone aircraft', 'UAV system', 'rotary-wing drone', 'rotary wing UAV', 'VTOL drone', 'VTOL UAV', 'quadcopter', 'multicopter', 'quadrotor', 'MALE drone', 'HALE drone', 'medium altitude long endurance', 'high altitude long endurance'],
    },
    acronyms: ['UAV', 'UAS', 'RPAS', 'VTOL', 'SMDM', 'sUAS', 'SDAM'],
    cpv: ['35613000', '34711200'],
    related: ['drone', 'aeronautics'],
  },
  {
    id: 'ucav',
    terms: {
      fr: ['drone armé', 'drone de combat', 'munition téléopérée', 'munition rôdeuse', 'drone kamikaze', 'drone suicide', "drone d'attaque", 'drone de frappe', 'munition maraudeuse', "drone d'attaque à longue portée", 'drone FPV', 'drone de combat furtif', 'drone porteur de charge explosive', 'drone explosif', "drone d'attaque FPV", 'drone piégé', 'drone armé MALE', 'drone de bombardement', 'drone largueur', 'drone effecteur', 'arme rôdeuse', 'munition vagabonde', 'munition errante', 'drone de combat collaboratif', 'ailier fidèle', 'drone accompagnateur'],
      en: ['armed drone', 'combat drone', 'loitering munition', 'unmanned combat aerial vehicle', 'kamikaze drone', 'one-way attack drone', 'strike drone', 'attack drone', 'loitering weapon', 'suicide drone', 'FPV drone', 'one-way effector', 'armed UAV', 'combat UAV', 'unmanned combat air vehicle', 'unmanned combat aircraft', 'uncrewed combat aerial vehicle', 'loyal wingman', 'collaborative combat aircraft', 'remote carrier', 'attack UAV', 'weaponized drone', 'weaponised drone', 'explosive drone', 'first-person view drone', 'drone bomber', 'hunter-killer drone', 'lethal drone', 'loitering munition system'],
    },
    acronyms: ['UCAV', 'MTO', 'OWA', 'UCAS'],
    cpv: ['35613100', '35613000'],
    related: ['uav'],
  },
  {
    id: 'drone',
    terms: {
      fr: ['drone', 'systèmes autonomes', 'dronisation', 'systèmes sans pilote', 'véhicule autonome', 'essaim de drones', 'autonomie décisionnelle', 'drones militaires', 'dronique', 'drones et robots', 'systèmes dronisés', 'plateforme autonome', 'systèmes inhabités', 'véhicules sans pilote', 'véhicules inhabités', 'engins autonomes', 'systèmes non habités', 'systèmes sans équipage', 'systèmes télépilotés', 'filière drones', 'industrie du drone', 'technologies drones', 'robots et drones', 'drones collaboratifs', 'drone autonome', 'pilotage de drones', 'autonomie des drones'],
      en: ['unmanned system', 'uncrewed system', 'autonomous system', 'unmanned vehicle', 'autonomous vehicle', 'drone swarm', 'swarming', 'military drones', 'drone system', 'autonomous platform', 'robotic and autonomous systems', 'uncrewed platform', 'unmanned platform', 'drone technology', 'drone industry', 'uncrewed vehicle', 'unmanned technology', 'autonomous drone', 'swarm of drones', 'drone swarming', 'collaborative drones', 'multi-drone', 'drone autonomy', 'unmanned and autonomous systems', 'teleoperated system', 'remotely operated system', 'remotely piloted system'],
    },
    cpv: ['35613000', '35512400'],
  },
  {
    id: 'robotics',
    terms: {
      fr: ['robotique', 'robot', 'robotisation', 'robotique militaire', 'robot terrestre', 'robotique terrestre', 'véhicule terrestre sans pilote', 'robot mobile', 'robot militaire', 'robotique mobile', 'robotique autonome', 'robot de déminage', 'robotique de défense', "robot d'inspection", 'mule robotisée', 'robot tactique', "robot d'intervention", 'drone terrestre', 'véhicule terrestre téléopéré', 'robot terrestre téléopéré', 'robot de reconnaissance', 'robot NRBC', "robot d'exploration", 'robot quadrupède', 'robot chien', 'robot à chenilles', 'plateforme robotisée', 'robotique de terrain', 'robotique militaire terrestre', 'véhicule terrestre autonome', 'véhicule terrestre robotisé', 'mule logistique'],
      en: ['robotics', 'military robotics', 'ground robot', 'unmanned ground vehicle', 'robotic system', 'uncrewed ground vehicle', 'mobile robot', 'military robot', 'autonomous robot', 'robotic platform', 'tactical robot', 'defence robotics', 'teleoperated robot', 'robotic vehicle', 'ground robotics', 'land robotics', 'unmanned ground system', 'uncrewed ground system', 'robotic mule', 'legged robot', 'quadruped robot', 'robot dog', 'tracked robot', 'EOD robot', 'bomb disposal robot', 'reconnaissance robot', 'robotic arm'],
    },
    acronyms: ['UGV'],
    cpv: ['38820000', '35400000'],
    related: ['drone'],
  },
  {
    id: 'counter-drone',
    terms: {
      fr: ['lutte anti-drones', 'anti-drone', 'contre-drone', 'détection de drones', 'neutralisation de drones', 'brouilleur anti-drone', 'protection anti-drones', 'détection et neutralisation de drones', 'brouillage de drones', 'lutte contre les drones malveillants', 'lutte antidrone', 'détection de drones malveillants', 'neutralisation de drones hostiles', 'interception de drones', 'drone intercepteur', 'défense anti-drones', 'système anti-drones', 'système de lutte anti-drones', 'contre-mesures anti-drones', 'défense contre les drones', 'radar anti-drone', 'radar de détection de drones', 'brouilleur de drones', 'fusil anti-drone', 'fusil brouilleur', 'capture de drones', 'filet anti-drone', 'protection contre les drones'],
      en: ['counter-drone', 'counter-UAS', 'counter-UAV', 'drone detection', 'drone neutralisation', 'anti-UAV', 'counter-unmanned aircraft system', 'anti-drone system', 'drone jamming', 'counter-drone system', 'drone mitigation', 'counter-UAS system', 'antidrone', 'drone defence', 'drone defense', 'drone interception', 'drone interceptor', 'interceptor drone', 'drone jammer', 'anti-drone jammer', 'anti-drone gun', 'drone detection radar', 'drone takeover'],
    },
    acronyms: ['LAD', 'C-UAS', 'CUAS', 'C-sUAS', 'CUAV', 'C-UAV', 'HELMA-P'],
    cpv: ['35730000', '35720000', '35125000'],
    related: ['uav', 'ecm'],
  },
  {
    id: 'avionics',
    terms: {
      fr: ['avionique', 'équipement avionique', 'système avionique', 'calculateur de bord', 'électronique aéronautique', 'instruments de bord', 'commandes de vol', 'système de mission aéroporté', 'cockpit', 'électronique embarquée aéronautique', 'équipement de cockpit', 'calculateur avionique', 'intégration avionique', 'électronique de vol', 'instrumentation de bord', 'visualisation cockpit', 'afficheur cockpit', 'écran de cockpit', 'système de gestion de vol', 'commandes de vol électriques', 'bus avionique', 'réseau avionique'],
      en: ['avionics', 'avionics system', 'flight computer', 'cockpit display', 'flight control', 'flight control system', 'airborne mission system', 'flight management system', 'aircraft electronics', 'glass cockpit', 'avionics integration', 'mission computer', 'avionics equipment', 'helmet-mounted display', 'fly-by-wire', 'flight data recorder', 'cockpit voice recorder', 'radar altimeter', 'integrated modular avionics', 'military avionics', 'avionics bus', 'avionics network', 'aircraft instruments'],
    },
    acronyms: ['DO-178C', 'DO-178', 'DO-254', 'ARINC 429', 'ARINC', 'FMS', 'IMA', 'FBW', 'AFDX', 'CDVE', 'EFIS'],
    cpv: ['35642000', '34730000'],
    related: ['aeronautics'],
  },
  {
    id: 'aircraft-maintenance',
    terms: {
      fr: ['maintenance aéronautique', 'maintenance des aéronefs', 'entretien aéronautique', "maintenance d'hélicoptères", 'maintenance des hélicoptères', 'atelier de maintenance aéronautique', 'maintenance des avions', 'révision des aéronefs', 'maintenance en ligne', 'maintenance en base', "maintenance d'aéronefs", "entretien d'aéronefs", 'maintien de navigabilité', 'MRO aéronautique', 'atelier aéronautique', 'visite de maintenance aéronautique', 'mécanicien aéronautique', 'technicien aéronautique', 'mécanicien avion', 'mécanicien hélicoptère', 'technicien de maintenance aéronautique', 'navigabilité', 'gestion de navigabilité', 'organisme de maintenance agréé', 'FRA 145'],
      en: ['aircraft maintenance', 'aviation maintenance', 'aircraft MRO', 'helicopter maintenance', 'EASA Part 145', 'Part 145', 'aircraft overhaul', 'airframe maintenance', 'line maintenance', 'base maintenance', 'aeronautical maintenance', 'continuing airworthiness', 'Part M', 'aircraft servicing', 'aircraft MRO services', 'aviation MRO', 'aircraft technician', 'aviation technician', 'B1 licence', 'heavy check', 'C-check', 'aircraft stripping'],
    },
    acronyms: ['PART145', 'CAMO', 'EN 9110', 'FRA145', 'PART66'],
    cpv: ['50650000', '50211000', '50212000'],
    related: ['mco', 'aeronautics'],
  },
  {
    id: 'military-aircraft-maintenance',
    terms: {
      fr: ['MCO aéronautique', 'maintenance aéronautique militaire', 'maintenance des avions militaires', "entretien d'avions", 'maintenance des aéronefs militaires', 'MCO des aéronefs', 'soutien des aéronefs', 'maintenance des hélicoptères militaires', 'maintenance des drones', 'MCO des drones', 'soutien aéronautique militaire', "maintenance d'avions de combat", 'maintenance aéronautique de défense', 'MCO aéronautique militaire', "soutien des flottes d'aéronefs", 'MCO Rafale', 'MCO des hélicoptères', 'soutien des hélicoptères', 'MCO aéro', 'MCO aéronautique de défense', 'maintien en condition opérationnelle des aéronefs', 'maintien en condition opérationnelle aéronautique', 'soutien des flottes aéronautiques', 'MCO des avions de combat', 'MCO A400M', 'MCO NH90', 'MCO des hélicoptères militaires', 'maintenance des Rafale', 'soutien Rafale', 'maintenance Atlantique 2'],
      en: ['military aircraft maintenance', 'military aviation maintenance', 'aircraft sustainment', 'military aircraft support', 'drone maintenance', 'UAV maintenance', 'military helicopter maintenance', 'fighter aircraft maintenance', 'military aircraft MRO', 'military MRO', 'defence aviation MRO', 'military helicopter MRO', 'combat aircraft support', 'military aircraft sustainment', 'defence aircraft maintenance', 'defense aircraft maintenance', 'military aviation support', 'military helicopter support', 'fighter jet maintenance', 'combat aircraft maintenance', 'military aircraft through-life support', 'aircraft through-life support', 'aircraft in-service support', 'air force maintenance', 'military aircraft overhaul'],
    },
    acronyms: ['SIAé', 'AIA', 'DMAé'],
    cpv: ['50650000', '50211000'],
    related: ['aircraft-maintenance', 'military-aircraft'],
  },
  {
    id: 'aircraft-component-repair',
    terms: {
      fr: ["réparation de trains d'atterrissage", "révision de trains d'atterrissage", "maintenance de trains d'atterrissage", 'réparation aéronautique', 'réparation de pièces aéronautiques', "réparation d'équipements aéronautiques", "maintenance d'équipements aéronautiques", 'révision de moteurs aéronautiques', 'maintenance des moteurs aéronautiques', 'réparation de structures aéronautiques', "réparation d'hélices", "révision d'équipements de bord", "remise en état de trains d'atterrissage", "remise en état d'atterrisseurs", "révision d'atterrisseurs", 'réparation de composants aéronautiques', "réparation d'aéronefs", "réparation d'avions", "réparation d'hélicoptères", "réparation d'aubes", 'réparation de pales', "réparation de pales d'hélicoptère"],
      en: ['landing gear repair', 'landing gear overhaul', 'landing gear maintenance', 'aircraft repair', 'aircraft component repair', 'component maintenance', 'aircraft component MRO', 'engine MRO', 'aero-engine overhaul', 'engine overhaul', 'aircraft structural repair', 'propeller overhaul', 'landing gear MRO', 'landing gear refurbishment', 'component overhaul', 'wheel and brake overhaul', 'wheels and brakes', 'turbine blade repair', 'rotor blade repair', 'helicopter blade repair', 'nacelle repair', 'aircraft component overhaul'],
    },
    cpv: ['50650000', '50211000', '50212000'],
    related: ['aircraft-maintenance', 'aerostructures'],
  },
  {
    id: 'aerostructures',
    terms: {
      fr: ['aérostructure', 'pièce aéronautique', 'structure aéronautique', 'rechange aéronautique', 'pièces de rechange aéronautiques', 'équipement aéronautique', 'équipementier aéronautique', 'nacelle', "train d'atterrissage", 'pièces aérospatiales', "structure d'aéronef", 'fuselage', 'voilure', 'pièces pour drones', "pièces pour l'aéronautique", 'pièces pour aéronefs', 'atterrisseur', 'pièces de structure aéronautique', 'pièces détachées aéronautiques', "pièces d'avion", "pièces d'hélicoptère", 'composants aéronautiques', "composants d'aéronefs", 'ensembles aéronautiques', 'éléments de structure aéronautique', 'panneau de fuselage', 'tronçon de fuselage', 'mât réacteur', 'pylône moteur', "ailes d'avion", 'empennage', 'gouvernes'],
      en: ['aircraft parts', 'aircraft components', 'aircraft spare parts', 'airframe', 'aircraft structure', 'aircraft equipment', 'aerospace parts', 'landing gear', 'aerostructure', 'fuselage', 'wing structure', 'drone parts', 'UAV components', 'aircraft parts supply', 'aircraft spares', 'aviation spare parts', 'aviation parts', 'aerospace components', 'airframe components', 'airframe parts', 'airframe structure', 'fuselage section', 'fuselage panel', 'wing box', 'control surfaces', 'engine pylon', 'helicopter rotor blade', 'main rotor'],
    },
    cpv: ['35640000', '35641000', '34730000'],
    related: ['aeronautics'],
  },
  {
    id: 'aerospace-manufacturing',
    terms: {
      fr: ['composites aéronautiques', 'pièces composites aéronautiques', 'usinage aéronautique', 'usinage de pièces aéronautiques', 'fabrication de pièces aéronautiques', 'sous-traitance aéronautique', 'sous-traitant aéronautique', 'mécanique aéronautique', 'tôlerie aéronautique', 'chaudronnerie aéronautique', 'fabrication aéronautique', 'production de pièces aéronautiques', 'usinage de précision aéronautique', 'pièces aéronautiques usinées', 'formage aéronautique', 'assemblage aéronautique', 'sous-traitance aérospatiale', 'fournisseur aéronautique', 'mécanique de précision aéronautique', 'pièces usinées aéronautiques', 'usinage de pièces aérospatiales', 'usinage aérospatial', 'sous-traitant aérospatial', 'fabrication aérospatiale', 'production aéronautique', 'industrialisation aéronautique', 'drapage composite aéronautique', 'composites aérospatiaux', 'structures composites aéronautiques', 'usinage de titane aéronautique', 'usinage 5 axes aéronautique'],
      en: ['aerospace composites', 'aerospace machining', 'aerospace parts manufacturing', 'aircraft parts manufacturing', 'aerospace subcontracting', 'aerospace subcontractor', 'aerospace sheet metal', 'aerospace manufacturing', 'aerospace precision machining', 'aircraft parts machining', 'aerospace component manufacturing', 'aerospace supplier', 'aerospace machined parts', 'aerospace precision parts', 'aerostructure manufacturing', 'aerospace composite parts', 'composite aerostructures', 'aerospace harness'],
    },
    cpv: ['35640000', '35641000', '34730000'],
    related: ['aerostructures', 'machining', 'composites'],
  },
  {
    id: 'aero-engines',
    terms: {
      fr: ['moteur aéronautique', 'motoriste', 'turbomachine', 'turboréacteur', 'turbomoteur', 'turbopropulseur', "moteur d'avion", "moteur d'hélicoptère", 'propulsion aéronautique', 'pièces de moteurs aéronautiques', 'motorisation de drones', "moteur d'aéronef", 'turbine aéronautique', 'pièces de turbomachine', 'motorisation aéronautique', 'statoréacteur', 'turboréacteur militaire', 'moteur M88', 'turbomachines aéronautiques', 'motoriste aéronautique', 'pièces de turboréacteur', 'aubes de turbine', 'disque de turbine', 'chambre de combustion aéronautique', 'postcombustion', 'groupe auxiliaire de puissance', 'moteur de drone', 'moteur à pistons aéronautique', "moteur d'aviation"],
      en: ['aircraft engine', 'aero-engine', 'turbine engine', 'jet engine', 'turboshaft', 'turbofan', 'turboprop', 'aircraft propulsion', 'aero-engine parts', 'engine components', 'drone engine', 'gas turbine engine', 'turbojet', 'ramjet', 'aero engine components', 'turbine disc', 'afterburner', 'auxiliary power unit', 'aircraft piston engine', 'aero piston engine', 'aero-engine manufacturer', 'military jet engine', 'fighter engine', 'helicopter engine', 'UAV engine', 'electric aircraft propulsion'],
    },
    acronyms: ['APU', 'M88'],
    cpv: ['35641100', '34730000', '35640000'],
    related: ['aerostructures', 'aeronautics'],
  },
  {
    id: 'missile',
    terms: {
      fr: ['missile', 'missile antinavire', 'missile de croisière', 'missile sol-air', 'missile tactique', 'missile air-sol', 'missile antichar', 'missile balistique', 'missile hypersonique', 'autodirecteur', 'Exocet', 'Aster', 'missile guidé', 'missilier', 'missile surface-air', 'missile air-air', 'missile mer-mer', 'missile mer-sol', 'missile sol-sol', 'missile antiaérien', 'missile anti-aérien', 'missile anti-navire', 'missile anti-char', 'missile anti-radar', 'missile intercepteur', 'missile stratégique', 'missile M51'],
      en: ['anti-ship missile', 'cruise missile', 'surface-to-air missile', 'tactical missile', 'air-to-surface missile', 'anti-tank missile', 'ballistic missile', 'hypersonic missile', 'missile seeker', 'guided missile', 'guided weapon', 'missile system', 'air-to-air missile', 'surface-to-surface missile', 'ship-to-ship missile', 'antiship missile', 'anti-air missile', 'anti-radiation missile', 'long-range missile', 'short-range missile', 'interceptor missile', 'hypersonic glide vehicle', 'missile guidance'],
    },
    acronyms: ['MdCN', 'SAM', 'MMP', 'MICA', 'VLS', 'PGM', 'SCALP', 'ASMP-A', 'ASMPA', 'FMAN'],
    cpv: ['35620000', '35622000', '35622300', '35623000', '35622700'],
    related: ['weapons'],
  },
  {
    id: 'space',
    role: 'qualifier',
    terms: {
      fr: ['secteur spatial', 'industrie spatiale', 'systèmes spatiaux', 'défense spatiale', 'domaine spatial', 'spatial militaire', 'activités spatiales', 'NewSpace', 'technologies spatiales', 'filière spatiale', 'secteur du spatial', 'spatial de défense', "défense de l'espace", "Commandement de l'espace", 'économie spatiale', 'industrie du spatial', 'secteur spatial de défense', 'acteur du spatial', 'écosystème spatial', 'programmes spatiaux', 'espace extra-atmosphérique', 'opérations spatiales', 'stratégie spatiale de défense', "maîtrise de l'espace", 'guerre spatiale', 'sécurité spatiale', 'agence spatiale', 'start-up du spatial'],
      en: ['space industry', 'space systems', 'space defence', 'space defense', 'space sector', 'military space', 'new space', 'space technology', 'outer space', 'space domain', 'space industry sector', 'space defence sector', 'space economy', 'space command', 'spacetech', 'space-based systems', 'space programme', 'space program', 'space operations', 'space security', 'space warfare', 'space activities', 'spacefaring', 'space agency', 'space ecosystem', 'space force', 'space startups'],
    },
    acronyms: ['ESA'],
    cpv: ['35630000', '34712000'],
  },
  {
    id: 'launcher',
    terms: {
      fr: ['lanceur spatial', "accès à l'espace", 'micro-lanceur', 'mini-lanceur', 'fusée', 'fusée-sonde', 'lanceur réutilisable', 'services de lancement', 'propulsion spatiale', 'moteur-fusée', 'étage de lanceur', 'lancement spatial', 'petit lanceur', 'lanceur léger', 'moteur de fusée', 'Ariane 6', 'lanceur orbital', 'fusée orbitale', 'propulsion fusée', 'propulsion solide', 'propulsion liquide', 'propergol solide', 'moteur à ergols liquides', 'base de lancement', 'site de lancement', 'spatioport', 'port spatial', 'lanceur Ariane', 'lancement de satellites', 'mise en orbite'],
      en: ['launch vehicle', 'space launcher', 'microlauncher', 'small launcher', 'launch services', 'rocket', 'sounding rocket', 'reusable launcher', 'space propulsion', 'rocket engine', 'launcher stage', 'orbital launch', 'rocket launch', 'small satellite launcher', 'launch provider', 'orbital launcher', 'orbital launch vehicle', 'satellite launch', 'satellite launch vehicle', 'launch site', 'launch pad', 'spaceport', 'launch base', 'rocket propulsion', 'liquid rocket engine', 'solid rocket motor', 'upper stage', 'payload fairing', 'suborbital rocket', 'suborbital flight'],
    },
    cpv: ['34712000', '35630000'],
    related: ['space'],
  },
  {
    id: 'satellite',
    terms: {
      fr: ['satellite', 'constellation de satellites', 'microsatellite', 'nanosatellite', 'petit satellite', 'plateforme satellite', 'satellite militaire', 'engin spatial', 'fabrication de satellites', 'intégration de satellites', 'plateforme de nanosatellite', 'sous-système satellite', 'équipement spatial', 'équipement de satellite', 'nanosat', 'satellite en orbite basse', 'constellation de nanosatellites', 'mini-satellite', 'satellite géostationnaire', 'satellite défilant', 'satellite de défense', 'plateforme satellitaire', 'bus satellite', 'structure de satellite', 'générateur solaire spatial', "contrôle d'attitude et d'orbite", 'roue de réaction', 'senseur stellaire', 'composants spatiaux', 'électronique spatiale'],
      en: ['satellite constellation', 'small satellite', 'smallsat', 'cubesat', 'satellite platform', 'spacecraft', 'military satellite', 'satellite manufacturing', 'satellite integration', 'satellite bus', 'satellite subsystem', 'space equipment', 'satellite equipment', 'nanosatellite', 'LEO satellite', 'low Earth orbit satellite', 'minisatellite', 'geostationary satellite', 'GEO satellite', 'LEO constellation', 'satellite structure', 'reaction wheel', 'star tracker', 'attitude and orbit control', 'attitude determination and control', 'space electronics'],
    },
    acronyms: ['AOCS', 'SCAO'],
    cpv: ['35630000', '34712200', '35631000', '35632000', '32534000'],
    related: ['space'],
  },
  {
    id: 'space-payload',
    terms: {
      fr: ['charge utile', 'charge utile spatiale', 'charge utile satellite', "charge utile d'observation", 'instrument spatial', 'instrument embarqué sur satellite', 'intégration de charges utiles', 'charge utile de télécommunication', 'charge utile optique', 'charge utile radar', 'charge utile hyperspectrale', "instrument d'observation spatial", 'instrument satellitaire', 'charge utile pour nanosatellite', 'charge utile de renseignement', 'charge utile de communication', 'télescope spatial', 'imageur spatial', 'instrument scientifique spatial', 'développement de charge utile', 'équipement de charge utile'],
      en: ['payload', 'space payload', 'satellite payload', 'space instrument', 'spaceborne instrument', 'payload integration', 'hosted payload', 'observation payload', 'optical payload', 'radar payload', 'SAR payload', 'hyperspectral payload', 'satellite instrument', 'cubesat payload', 'payload development', 'communication payload', 'space telescope', 'spaceborne imager', 'scientific payload'],
    },
    cpv: ['35630000', '34712200', '35632000'],
    related: ['satellite'],
  },
  {
    id: 'earth-observation',
    terms: {
      fr: ['observation de la Terre', "satellite d'observation", 'imagerie satellitaire', 'imagerie spatiale', 'télédétection', 'image satellite', 'observation spatiale', 'imagerie satellite', 'données satellitaires', 'observation satellitaire', "données d'observation de la Terre", "exploitation d'images satellites", 'imagerie optique spatiale', 'géo-information satellitaire', 'télédétection spatiale', 'imagerie radar satellitaire', 'observation de la Terre par satellite', 'image satellitaire', 'télédétection satellitaire', 'données spatiales', "données d'observation spatiale", 'produits satellitaires', 'surveillance par satellite', 'Pléiades Neo'],
      en: ['earth observation', 'observation satellite', 'satellite imagery', 'remote sensing', 'space-based imagery', 'satellite images', 'earth observation satellite', 'satellite data', 'earth observation data', 'satellite image exploitation', 'optical satellite imagery', 'space imagery', 'satellite remote sensing', 'EO data', 'EO satellite', 'space-based earth observation', 'SAR satellite imagery', 'high-resolution satellite imagery', 'very high resolution imagery', 'Copernicus data', 'Sentinel data', 'spaceborne imagery'],
    },
    acronyms: ['CSO'],
    cpv: ['35632000', '35631200', '34712200'],
    related: ['satellite', 'geoint'],
  },
  {
    id: 'satcom',
    terms: {
      fr: ['télécommunications par satellite', 'communication par satellite', 'communications satellitaires', 'liaison satellitaire', 'terminal satellitaire', 'liaison satellite', 'Syracuse', 'transmission par satellite', 'télécommunications spatiales', 'satcom en mouvement', 'terminal satcom', 'station satcom', 'connectivité satellite', 'antenne satcom', 'communications satellite militaires', 'terminaux satellitaires', 'terminaux satcom', 'télécommunications satellitaires', 'télécoms par satellite', 'communications spatiales', 'terminal de communication par satellite', 'Syracuse IV', 'station satellitaire', 'antenne satellitaire', 'connectivité satellitaire', 'internet par satellite', 'satcom militaire', 'terminal Syracuse'],
      en: ['satcom', 'satellite communications', 'satellite terminal', 'satellite link', 'satcom on the move', 'communication satellite', 'satellite telecommunications', 'satcom terminal', 'satellite communication terminal', 'satellite connectivity', 'satcom antenna', 'satellite comms', 'military satcom', 'satellite modem', 'satellite internet', 'satellite broadband', 'Ka-band', 'Ku-band', 'X-band satcom', 'comms on the move', 'satellite telephone', 'satellite phone', 'satphone', 'Inmarsat', 'flat panel satellite antenna'],
    },
    acronyms: ['SOTM', 'MILSATCOM', 'VSAT', 'COTM', 'SOTP'],
    cpv: ['32530000', '32531000', '35631100'],
    related: ['satellite', 'telecom'],
  },
  {
    id: 'ground-segment',
    terms: {
      fr: ['segment sol', 'station sol', 'station terrienne', 'contrôle de satellites', 'centre de contrôle satellite', 'centre de mission', 'antenne de réception satellite', 'télécommande et télémesure', 'terminal sol', 'terminal sol satellite', 'station de contrôle satellite', 'téléport', 'station de réception satellite', 'terminaux sol', 'segment sol utilisateur', 'antenne de station sol', 'segment sol satellite', 'opérations satellites', "contrôle d'orbite", 'station de poursuite', 'antenne de poursuite', 'centre de mission satellite'],
      en: ['ground segment', 'ground station', 'earth station', 'satellite control', 'satellite control centre', 'mission control centre', 'satellite dish', 'telemetry tracking and command', 'satellite ground terminal', 'ground terminal', 'teleport', 'satellite ground station', 'ground station network', 'ground control segment', 'satellite operations', 'tracking station', 'tracking antenna', 'ground segment software', 'ground station as a service'],
    },
    acronyms: ['TT&C'],
    cpv: ['32533000', '32532000', '32441000'],
    related: ['satellite'],
  },
  {
    id: 'space-surveillance',
    terms: {
      fr: ["surveillance de l'espace", 'connaissance de la situation spatiale', 'surveillance spatiale', 'débris spatiaux', 'suivi des satellites', 'radar de surveillance spatiale', "surveillance de l'espace extra-atmosphérique", 'suivi des objets spatiaux', 'surveillance des orbites', 'surveillance des débris', 'veille spatiale', 'trajectographie spatiale', "détermination d'orbite", 'radar GRAVES', 'gestion du trafic spatial', "catalogue d'objets spatiaux", "surveillance de l'espace exo-atmosphérique", 'télescope de surveillance spatiale', 'suivi des débris', 'risque de collision en orbite', 'évitement de collision', 'situation spatiale'],
      en: ['space surveillance', 'space situational awareness', 'space domain awareness', 'space debris', 'satellite tracking', 'space object tracking', 'space traffic management', 'orbit determination', 'orbital debris', 'space object catalogue', 'space object catalog', 'conjunction assessment', 'space surveillance radar', 'space tracking', 'debris tracking', 'collision avoidance', 'space surveillance and tracking', 'satellite surveillance', 'space object monitoring'],
    },
    acronyms: ['SSA', 'SDA'],
    cpv: ['35720000', '35630000'],
    related: ['space'],
  },
  {
    id: 'gnss',
    terms: {
      fr: ['positionnement par satellite', 'géolocalisation', 'géopositionnement', 'navigation par satellite', 'système de positionnement', 'récepteur GNSS', 'récepteur GPS', 'positionnement, navigation et datation', 'horloge atomique', 'anti-brouillage GNSS', 'résilience PNT', 'Galileo', 'leurrage GNSS', 'radionavigation par satellite', 'système de navigation par satellite', 'positionnement GNSS', 'positionnement GPS', 'navigation GNSS', 'géolocalisation par satellite', 'résilience GNSS', 'datation précise', 'référence de temps', 'synchronisation temporelle', 'navigation sans GNSS', 'PNT résilient'],
      en: ['satellite positioning', 'global navigation satellite system', 'global positioning system', 'positioning, navigation and timing', 'satellite navigation', 'geolocation', 'GNSS receiver', 'GPS receiver', 'anti-jamming', 'anti-spoofing', 'atomic clock', 'time synchronisation', 'GNSS resilience', 'GPS jamming', 'GNSS spoofing', 'GPS spoofing', 'GPS-denied navigation', 'GNSS-denied navigation', 'alternative PNT', 'assured PNT', 'resilient PNT', 'precision timing', 'time and frequency reference'],
    },
    acronyms: ['GNSS', 'GPS', 'PNT', 'CRPA', 'RTK', 'EGNOS', 'APNT'],
    cpv: ['38112100', '35631300'],
    related: ['naval-navigation'],
  },
  {
    id: 'meteorology',
    terms: {
      fr: ['météorologie', 'météo', 'prévision météorologique', 'capteur météorologique', 'station météo', 'météorologie militaire', 'prévision météo', 'capteur météo', 'météorologie marine', 'observation météorologique', 'capteur atmosphérique', 'radar météorologique', 'météorologie aéronautique', 'prévision du temps', 'climatologie', 'données météorologiques', 'données météo', 'observation météo', 'radiosondage', 'radiosonde', 'ballon-sonde', 'ballon météorologique', 'station météorologique', 'météorologie opérationnelle', 'prévision météo marine', 'modèle météorologique', 'modélisation atmosphérique', "sciences de l'atmosphère", 'anémomètre', 'lidar vent'],
      en: ['meteorology', 'weather forecasting', 'weather sensor', 'weather station', 'weather radar', 'meteorological', 'weather forecast', 'meteorological sensor', 'weather observation', 'atmospheric sensor', 'marine meteorology', 'aviation weather', 'weather monitoring', 'meteorological radar', 'meteorological data', 'weather data', 'weather balloon', 'meteorological station', 'numerical weather prediction', 'atmospheric modelling', 'atmospheric modeling', 'atmospheric science', 'wind lidar', 'anemometer', 'climatology', 'space weather', 'military meteorology', 'weather services', 'meteorological services'],
    },
    acronyms: ['NWP'],
    cpv: ['38100000'],
  },
  {
    id: 'search-and-rescue',
    terms: {
      fr: ['recherche et sauvetage', 'sauvetage en mer', 'sauvetage maritime', 'hélicoptère de sauvetage', 'navire de sauvetage', 'secours en mer', 'balise de détresse', 'recherche et sauvetage en mer', 'sauvetage aéromaritime', 'secours maritime', 'bateau de sauvetage', 'canot de sauvetage', 'radeau de survie', 'équipement de survie en mer', 'balise de localisation', 'sauvetage aérien', 'recherche et sauvetage au combat', 'hélicoptère de secours', 'équipements de sauvetage', 'matériel de sauvetage', 'engins de sauvetage', 'gilet de sauvetage', 'brassière de sauvetage', 'combinaison de survie', 'radeau de sauvetage', 'balise de détresse personnelle', 'balise de repérage'],
      en: ['search and rescue', 'maritime rescue', 'rescue vessel', 'rescue helicopter', 'sea rescue', 'distress beacon', 'lifeboat', 'SAR helicopter', 'life raft', 'liferaft', 'survival equipment', 'personal locator beacon', 'emergency beacon', 'maritime search and rescue', 'combat search and rescue', 'personnel recovery', 'rescue equipment', 'life jacket', 'lifejacket', 'life vest', 'immersion suit', 'survival suit', 'man overboard', 'rescue boat', 'rescue coordination centre', 'rescue coordination center'],
    },
    acronyms: ['COSPAS-SARSAT', 'PLB', 'CSAR', 'EPIRB', 'ELT', 'MRCC', 'RESCO'],
    cpv: ['35612500', '34513700', '35112000'],
  },
  {
    id: 'aerial-target',
    terms: {
      fr: ['drone cible', 'cible aérienne', 'cible remorquée', 'engin cible', 'cible de tir aérienne', 'cible représentative de la menace', 'service de cibles aériennes', 'cible pour essais de missiles', 'cible aérienne remorquée', 'cible volante', 'cible aéroportée', 'cible haute vitesse', 'cible supersonique', 'cible manœuvrante', 'représentation de la menace aérienne', 'remorquage de cibles', 'tractage de cibles', 'prestation de cibles', 'mise en œuvre de cibles', 'cible subsonique', 'drone cible rapide'],
      en: ['target drone', 'aerial target', 'towed target', 'target aircraft', 'drone target', 'threat-representative target', 'aerial target services', 'missile test target', 'flying target', 'high-speed target', 'supersonic target', 'subsonic target', 'target towing', 'airborne target', 'target services', 'target presentation', 'target drone services', 'aerial threat representation'],
    },
    cpv: ['35613000', '35620000'],
    related: ['uav'],
  },
  {
    id: 'airdrop',
    terms: {
      fr: ['aérolargage', 'largage de charges', 'parachutage', 'largage de matériel', 'système de largage', 'parachute de charge', 'largage par parachute', 'livraison par air', 'largage de précision', 'largage aérien', 'largage de colis', 'largage de personnel', 'largage de parachutistes', 'parachutage de matériel', 'largage guidé', 'parachute guidé', 'parachute de largage', 'parachute de précision', 'voilure de largage', 'parachutisme militaire', 'chute libre opérationnelle', 'matériel de parachutage', 'plateforme de largage', 'largage à très grande hauteur', 'livraison par voie aérienne', 'ravitaillement par air'],
      en: ['airdrop', 'air drop', 'cargo parachute', 'aerial delivery', 'precision airdrop', 'parachute system', 'air delivery equipment', 'cargo airdrop', 'aerial resupply', 'air resupply', 'guided parachute', 'guided airdrop', 'precision aerial delivery', 'heavy drop', 'cargo delivery system', 'paradrop', 'military parachuting', 'military free fall', 'personnel parachute', 'parachute rigging', 'parachute packing', 'airdrop platform'],
    },
    acronyms: ['JPADS', 'HAHO', 'MFF'],
    cpv: ['35820000', '34740000'],
    related: ['military-aircraft'],
  },
  {
    id: 'aircraft-ground-support',
    terms: {
      fr: ['équipement de servitude au sol', 'matériel de servitude aéronautique', 'moyens de servitude aéronautique', 'équipement de soutien au sol', 'outillage aéronautique', 'banc de servitude', 'tracteur avion', 'groupe de parc aéronautique', 'équipements sol aéronautiques', 'servitude aéronautique', 'matériels de servitude', 'équipement de servitude', 'groupe de démarrage', 'groupe de puissance au sol', 'tracteur aéronautique', 'barre de tractage', 'chariot à armement', "élévateur d'armement", 'passerelle de maintenance', 'plateforme de maintenance aéronautique', "avitaillement d'aéronefs", 'camion avitailleur', "dégivrage d'avions"],
      en: ['ground support equipment', 'aircraft ground support', 'aircraft tooling', 'ground power unit', 'aircraft tug', 'aircraft towbar', 'aviation ground equipment', 'aircraft ground equipment', 'ground handling equipment', 'aircraft handling', 'airside equipment', 'aircraft tractor', 'aircraft jack', 'weapons loader', 'munitions loader', 'bomb lift', 'pre-conditioned air', 'maintenance platform', 'aircraft docking', 'aircraft refuelling', 'aircraft refueling', 'refueller truck', 'aircraft de-icing', 'de-icing equipment'],
    },
    acronyms: ['GSE'],
    cpv: ['34740000', '35820000'],
    related: ['aircraft-maintenance'],
  },
];
