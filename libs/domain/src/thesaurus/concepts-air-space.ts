import type { ThesaurusConcept } from './thesaurus.types';

/** Air, naval aviation, drones, missiles and space. */
// prettier-ignore
export const AIR_SPACE_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'aeronautics',
    terms: {
      fr: ['aéronautique', 'aérospatial', 'aéronautique de défense', 'industrie aéronautique', 'secteur aéronautique', 'aéronautique et spatial', 'domaine aéronautique', 'aéronef'],
      en: ['aeronautics', 'aerospace', 'aviation', 'aircraft', 'aerospace industry', 'aviation industry', 'aircraft industry'],
    },
    cpv: ['34700000', '35600000'],
  },
  {
    id: 'military-aircraft',
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
    terms: {
      fr: ['aéronautique navale', 'aéronavale', 'aviation navale', 'aviation embarquée', 'Rafale Marine', 'flottille', 'base aéronavale'],
      en: ['naval aviation', 'naval air', 'carrier aviation', 'carrier air wing', 'embarked aviation', 'naval air station', 'carrier-based aircraft'],
    },
    cpv: ['35610000', '50650000'],
    related: ['military-aircraft', 'aircraft-carrier'],
  },
  {
    id: 'helicopter',
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
      fr: ['drone', 'systèmes autonomes', 'dronisation', 'systèmes sans pilote', 'véhicule autonome', 'essaim de drones', 'autonomie décisionnelle'],
      en: ['unmanned system', 'uncrewed system', 'autonomous system', 'unmanned vehicle', 'autonomous vehicle', 'drone swarm', 'swarming'],
    },
    cpv: ['35613000', '35512400'],
  },
  {
    id: 'robotics',
    terms: {
      fr: ['robotique', 'robot', 'robotisation', 'robotique militaire', 'robot terrestre', 'robotique terrestre', 'cobotique', 'véhicule terrestre sans pilote'],
      en: ['robotics', 'military robotics', 'ground robot', 'unmanned ground vehicle', 'robotic system', 'uncrewed ground vehicle'],
    },
    acronyms: ['UGV'],
    cpv: ['38820000', '35400000'],
    related: ['drone'],
  },
  {
    id: 'counter-drone',
    terms: {
      fr: ['lutte anti-drones', 'anti-drone', 'contre-drone', 'détection de drones', 'neutralisation de drones', 'brouilleur anti-drone', 'protection anti-drones'],
      en: ['counter-drone', 'counter-UAS', 'counter-UAV', 'drone detection', 'drone neutralisation', 'anti-UAV', 'counter-unmanned aircraft system'],
    },
    acronyms: ['LAD', 'C-UAS', 'CUAS'],
    cpv: ['35730000', '35720000', '35125000'],
    related: ['uav', 'ecm'],
  },
  {
    id: 'avionics',
    terms: {
      fr: ['avionique', 'équipement avionique', 'système avionique', 'calculateur de bord', 'électronique aéronautique', 'instruments de bord', 'commandes de vol', 'système de mission aéroporté', 'cockpit'],
      en: ['avionics', 'avionics system', 'flight computer', 'cockpit display', 'flight control', 'flight control system', 'airborne mission system', 'flight management system', 'aircraft electronics', 'glass cockpit'],
    },
    acronyms: ['DO-178C', 'DO-178', 'DO-254', 'ARINC 429', 'ARINC', 'FMS'],
    cpv: ['35642000', '34730000'],
    related: ['aeronautics'],
  },
  {
    id: 'aircraft-maintenance',
    terms: {
      fr: ['maintenance aéronautique', 'maintenance des aéronefs', 'MCO aéronautique', 'entretien aéronautique', "maintenance d'hélicoptères", 'maintenance des hélicoptères', 'atelier de maintenance aéronautique', 'maintenance des avions', 'révision des aéronefs', 'maintenance en ligne', 'maintenance en base'],
      en: ['aircraft maintenance', 'aviation maintenance', 'aircraft MRO', 'helicopter maintenance', 'EASA Part 145', 'Part 145', 'aircraft overhaul', 'airframe maintenance', 'line maintenance', 'base maintenance', 'aeronautical maintenance', 'military aircraft maintenance', 'continuing airworthiness', 'Part M'],
    },
    acronyms: ['PART145', 'CAMO', 'EN 9110'],
    cpv: ['50650000', '50211000', '50212000'],
    related: ['mco', 'aeronautics'],
  },
  {
    id: 'aerostructures',
    terms: {
      fr: ['aérostructure', 'pièce aéronautique', 'structure aéronautique', 'rechange aéronautique', 'pièces de rechange aéronautiques', 'équipement aéronautique', 'équipementier aéronautique', 'nacelle', 'moteur aéronautique', 'motoriste', 'turbomachine', 'turboréacteur', 'turbomoteur', 'turbopropulseur', "moteur d'avion", "moteur d'hélicoptère"],
      en: ['aircraft parts', 'aircraft components', 'aircraft spare parts', 'airframe', 'aircraft structure', 'aircraft equipment', 'aerospace parts', 'aircraft engine', 'aero-engine', 'turbine engine', 'jet engine', 'turboshaft', 'turbofan', 'turboprop'],
    },
    cpv: ['35641000', '35641100', '34730000', '35640000'],
    related: ['aeronautics'],
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
    terms: {
      fr: ['secteur spatial', 'industrie spatiale', 'systèmes spatiaux', 'défense spatiale', 'domaine spatial', 'spatial militaire', 'activités spatiales', 'NewSpace', 'technologies spatiales', 'lanceur spatial', 'lanceurs spatiaux', "accès à l'espace", 'micro-lanceur', 'fusée'],
      en: ['space industry', 'space systems', 'space defence', 'space defense', 'space sector', 'military space', 'new space', 'space technology', 'outer space', 'launch vehicle', 'space launcher', 'microlauncher', 'small launcher', 'launch services'],
    },
    cpv: ['34712000', '35630000'],
  },
  {
    id: 'satellite',
    terms: {
      fr: ['satellite', 'constellation de satellites', 'microsatellite', 'nanosatellite', 'petit satellite', 'plateforme satellite', 'charge utile', 'charge utile spatiale', 'satellite militaire', 'engin spatial'],
      en: ['satellite constellation', 'small satellite', 'smallsat', 'cubesat', 'payload', 'satellite platform', 'spacecraft', 'military satellite', 'space payload'],
    },
    cpv: ['34712200', '35631000', '32534000'],
    related: ['space'],
  },
  {
    id: 'earth-observation',
    terms: {
      fr: ['observation de la Terre', "satellite d'observation", 'imagerie satellitaire', 'imagerie spatiale', 'télédétection', 'image satellite', 'observation spatiale', 'imagerie satellite', 'données satellitaires', 'observation satellitaire'],
      en: ['earth observation', 'observation satellite', 'satellite imagery', 'remote sensing', 'space-based imagery', 'satellite images', 'earth observation satellite', 'satellite data'],
    },
    acronyms: ['CSO'],
    cpv: ['35631200', '35632000', '34712200'],
    related: ['satellite', 'geoint'],
  },
  {
    id: 'satcom',
    terms: {
      fr: ['télécommunications par satellite', 'communication par satellite', 'communications satellitaires', 'liaison satellitaire', 'terminal satellitaire', 'liaison satellite', 'Syracuse', 'transmission par satellite', 'télécommunications spatiales', 'satcom en mouvement'],
      en: ['satcom', 'satellite communications', 'satellite terminal', 'satellite link', 'satcom on the move', 'communication satellite', 'satellite telecommunications'],
    },
    acronyms: ['SOTM', 'MILSATCOM'],
    cpv: ['32531000', '32530000', '35631100'],
    related: ['satellite', 'telecom'],
  },
  {
    id: 'ground-segment',
    terms: {
      fr: ['segment sol', 'station sol', 'station terrienne', 'contrôle de satellites', 'centre de contrôle satellite', 'centre de mission', 'antenne de réception satellite', 'télécommande et télémesure'],
      en: ['ground segment', 'ground station', 'earth station', 'satellite control', 'satellite control centre', 'mission control centre', 'satellite dish', 'telemetry tracking and command'],
    },
    acronyms: ['TT&C'],
    cpv: ['32533000', '32532000', '32441000'],
    related: ['satellite'],
  },
  {
    id: 'space-surveillance',
    terms: {
      fr: ["surveillance de l'espace", 'connaissance de la situation spatiale', 'surveillance spatiale', 'débris spatiaux', 'suivi des satellites', 'radar de surveillance spatiale'],
      en: ['space surveillance', 'space situational awareness', 'space domain awareness', 'space debris', 'satellite tracking', 'space object tracking'],
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
      fr: ['météorologie', 'météo', 'prévision météorologique', 'capteur météorologique', 'station météo', 'météorologie militaire'],
      en: ['meteorology', 'weather forecasting', 'weather sensor', 'weather station', 'weather radar', 'meteorological'],
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
