import type { ThesaurusConcept } from './thesaurus.types';

/**
 * Civil look-alikes (`role: 'civil'`): activities that share words with a defence capability but are
 * not one (a fishing sonar, a wedding filmed by drone, a yacht's antifouling). Their longer phrases
 * take the words away from the defence concept they contain, and they imply no defence capability.
 * Their CPV codes, where one fits, only describe the civil activity.
 *
 * A text names a concept once: a second wording of a concept already found is not matched, so its
 * words would fall to shorter defence concepts ("drone", "maintenance"). Each civil theme is therefore
 * spread over several concepts (hobby drones, drone photography, drone filming…), so that two civil
 * activities named side by side are usually two concepts.
 */
// prettier-ignore
export const CIVIL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'leisure-drone',
    role: 'civil',
    terms: {
      fr: ['drone de loisirs', 'drone de loisir', 'drone récréatif', 'drone jouet', 'drone grand public', 'drone pour enfants', 'drone de tourisme', 'mini-drone de loisir'],
      en: ['leisure drone', 'hobby drone', 'recreational drone', 'consumer drone', 'toy drone', 'camera drone for hobbyists', 'hobbyist drone'],
    },
    cpv: [],
  },
  {
    id: 'drone-retail-racing',
    role: 'civil',
    terms: {
      fr: ['vente de drones de loisirs', 'vente de drones', 'magasin de drones', 'drone de course', 'course de drones', 'drone FPV de loisir', 'pilotage de drone de loisir', 'école de pilotage de drone', 'initiation au pilotage de drone'],
      en: ['drone shop', 'drone store', 'drone racing', 'racing drone', 'FPV racing', 'drone flying lessons', 'drone pilot school'],
    },
    cpv: [],
  },
  {
    id: 'drone-photography',
    role: 'civil',
    terms: {
      fr: ['photographie aérienne', 'photographie aérienne par drone', 'photo par drone', 'photo aérienne', 'photos aériennes par drone', 'photo aérienne de maison', 'cliché aérien'],
      en: ['drone photography', 'aerial photography', 'aerial photos', 'drone photos', 'aerial photo and video shoots', 'aerial shots'],
    },
    cpv: [],
  },
  {
    id: 'drone-filming',
    role: 'civil',
    terms: {
      fr: ['prise de vue aérienne', 'prise de vue aérienne par drone', 'prise de vue par drone', 'vidéo par drone', 'vidéo aérienne', 'vidéo aérienne par drone', 'images aériennes par drone', 'captation aérienne', 'captation par drone', 'tournage par drone', 'tournage aérien'],
      en: ['drone videography', 'drone video', 'aerial video', 'aerial footage', 'drone filming', 'aerial filming', 'aerial cinematography'],
    },
    cpv: [],
  },
  {
    id: 'drone-events',
    role: 'civil',
    terms: {
      fr: ['drone de mariage', 'drone pour mariages', 'drone pour événements', 'drone immobilier', 'drone pour agences immobilières', 'spectacle de drones', 'drone événementiel'],
      en: ['wedding drone', 'drone photography for weddings', 'drone for weddings', 'real estate drone photography', 'event drone filming', 'drone light show', 'drone show'],
    },
    cpv: [],
  },
  {
    id: 'event-photography',
    role: 'civil',
    terms: {
      fr: ['mariage', 'photographe de mariage', 'photographie de mariage', 'vidéo de mariage', 'vidéaste de mariage', 'photographe', 'vidéaste', 'reportage photo', 'photographie événementielle', 'photographie immobilière', 'visite virtuelle immobilière', 'shooting photo', 'studio photo'],
      en: ['wedding', 'wedding photography', 'wedding videography', 'wedding video', 'event photography', 'real estate photography', 'photographer', 'videographer', 'photo shoot', 'corporate video', 'photo studio'],
    },
    cpv: [],
  },
  {
    id: 'rc-models',
    role: 'civil',
    terms: {
      fr: ['modélisme', 'aéromodélisme', 'modélisme naval', 'modèle réduit', 'avion radiocommandé', 'voiture radiocommandée', 'bateau radiocommandé', 'hélicoptère radiocommandé', 'magasin de modélisme', 'jouet radiocommandé'],
      en: ['model aircraft', 'radio-controlled model', 'RC model', 'RC car', 'RC plane', 'model boat', 'scale model', 'hobby shop', 'radio-controlled toy'],
    },
    cpv: [],
  },
  {
    id: 'fishing-sonar',
    role: 'civil',
    terms: {
      fr: ['sondeur de pêche', 'sonar de pêche', 'sondeur de poissons', 'sondeur de plaisance', 'électronique de pêche', 'sonar pour la pêche', 'sondeur pour la pêche'],
      en: ['fishing sonar', 'fishing echo sounder', 'fishing electronics', 'sonar for anglers'],
    },
    cpv: ['38114000'],
  },
  {
    id: 'fish-finder',
    role: 'civil',
    terms: {
      fr: ['détecteur de poissons', 'combiné sondeur GPS', 'sondeur GPS', 'sondeur portable', 'écran sondeur'],
      en: ['fish finder', 'fishfinder', 'fish finder sonar', 'fish finder display', 'portable fish finder', 'fishfinder GPS combo'],
    },
    cpv: ['38114000'],
  },
  {
    id: 'recreational-fishing',
    role: 'civil',
    terms: {
      fr: ['pêche de loisir', 'pêche sportive', 'pêche en mer de loisir', 'matériel de pêche', 'articles de pêche', 'magasin de pêche', 'guide de pêche', 'sortie de pêche en mer'],
      en: ['recreational fishing', 'sport fishing', 'angling', 'fishing gear', 'fishing tackle', 'fishing trips', 'tackle shop'],
    },
    cpv: [],
  },
  {
    id: 'leisure-marine-electronics',
    role: 'civil',
    terms: {
      fr: ['électronique marine de plaisance', 'électronique de plaisance', 'électronique nautique', 'électronique pour bateaux de plaisance', 'électronique de voilier', 'pilote automatique de voilier', 'traceur de cartes', 'installation électronique de bateau', 'instruments de navigation de plaisance', 'VHF de plaisance', 'équipement électronique nautique', 'électronique marine pour la plaisance', 'électronique pour la plaisance'],
      en: ['leisure marine electronics', 'recreational marine electronics', 'yacht electronics', 'boat electronics', 'leisure boat electronics', 'marine electronics for leisure boats', 'chartplotter', 'sailboat autopilot', 'boat instruments', 'yacht instruments'],
    },
    cpv: [],
  },
  {
    id: 'pleasure-boat-maintenance',
    role: 'civil',
    terms: {
      fr: ['entretien de bateaux de plaisance', 'entretien de navires de plaisance', 'entretien de voiliers', 'hivernage de bateaux', 'gardiennage de bateaux', 'mécanique nautique', 'entretien de moteurs hors-bord', 'réparation de moteurs hors-bord', 'entretien nautique'],
      en: ['pleasure boat maintenance', 'sailboat maintenance', 'boat winter storage', 'outboard engine repair', 'outboard servicing', 'marine mechanic for pleasure boats'],
    },
    cpv: ['34522000'],
  },
  {
    id: 'pleasure-boat-repair',
    role: 'civil',
    terms: {
      fr: ['réparation de bateaux de plaisance', 'réparation de voiliers', 'carénage de plaisance', 'carénage de navires de plaisance', 'carénage de bateaux de plaisance', 'carénage de voiliers', 'antifouling', 'réparation de coques de plaisance', 'stratification de bateaux de plaisance', 'chantier de réparation de plaisance'],
      en: ['leisure boat repair', 'sailboat repair', 'sailing boat repair', 'boat antifouling', 'fibreglass boat repair', 'gelcoat repair'],
    },
    cpv: ['34522000'],
  },
  {
    id: 'yacht-services',
    role: 'civil',
    terms: {
      fr: ['entretien de yachts', 'réparation de yachts', 'refit de yachts', 'gestion de yachts', 'accastillage', 'voilerie', 'sellerie nautique', 'shipchandler'],
      en: ['yacht maintenance', 'yacht repair', 'yacht refit', 'superyacht refit', 'yacht antifouling', 'yacht management', 'sail loft', 'marine chandlery'],
    },
    cpv: ['34522000'],
  },
  {
    id: 'pleasure-boats',
    role: 'civil',
    terms: {
      fr: ['bateau de plaisance', 'navire de plaisance', 'plaisance', 'nautisme', 'voilier', 'yacht', 'catamaran de croisière', 'location de bateaux', 'vente de bateaux', 'concession nautique', 'chantier de plaisance', 'port de plaisance', 'construction de voiliers', 'kayak', 'jet-ski', 'école de voile', 'char à voile', 'permis bateau', 'permis côtier'],
      en: ['pleasure boat', 'leisure boat', 'pleasure craft', 'sailboat', 'sailing yacht', 'motor yacht', 'superyacht', 'yachting', 'recreational boating', 'boat rental', 'boat dealer', 'marina', 'dinghy', 'sailing school', 'boating licence'],
    },
    cpv: ['34522000'],
  },
  {
    id: 'recreational-diving',
    role: 'civil',
    terms: {
      fr: ['plongée de loisir', 'plongée loisir', 'club de plongée', 'école de plongée', 'baptême de plongée', 'centre de plongée', 'randonnée palmée', 'chasse sous-marine', 'magasin de plongée'],
      en: ['recreational diving', 'scuba diving lessons', 'dive club', 'dive centre', 'dive center', 'dive shop', 'snorkelling', 'snorkeling', 'spearfishing'],
    },
    cpv: [],
  },
  {
    id: 'fashion-textile',
    role: 'civil',
    terms: {
      fr: ['textile de mode', 'mode et textile', 'prêt-à-porter', 'vêtements de mode', 'confection de vêtements', 'atelier de confection', 'créateur de mode', 'styliste de mode', 'boutique de vêtements', 'habillement', 'lingerie', 'maroquinerie', 'couture', 'retouches de vêtements', 'tricot', 'linge de maison'],
      en: ['fashion', 'fashion textiles', 'fashion design', 'fashion brand', 'apparel', 'clothing brand', 'ready-to-wear', 'garment manufacturing', 'tailoring', 'knitwear', 'clothing store', 'home textiles'],
    },
    cpv: ['18000000', '19200000'],
  },
  {
    id: 'workwear',
    role: 'civil',
    terms: {
      fr: ['vêtement de travail', 'tenue de travail', 'vêtements professionnels', 'vêtement professionnel personnalisé', "vêtement d'entreprise", 'uniforme professionnel', 'bleu de travail', 'textile publicitaire', 'marquage textile', 'broderie textile', 'sérigraphie textile', 'tenue de cuisine', 'blouse médicale'],
      en: ['workwear', 'work clothing', 'work clothes', 'work uniform', 'corporate clothing', 'corporate workwear', 'promotional textiles', 'textile printing', 'embroidery', 'screen printing', 'chef uniform', 'medical scrubs', 'work wear'],
    },
    cpv: ['18100000', '18000000'],
  },
  {
    id: 'marine-clothing',
    role: 'civil',
    terms: {
      fr: ['vêtement marin', 'confection de vêtements marins', 'vêtement de mer', 'vêtement nautique', 'vêtement de voile', 'ciré', 'vareuse', 'marinière', 'caban', 'bottes de mer', 'tenue de navigation de plaisance'],
      en: ['marine clothing', 'nautical clothing', 'sailing clothing', 'sailing apparel', 'oilskin', 'foul weather gear', 'sailing jacket', 'Breton striped shirt', 'pea coat', 'deck shoes'],
    },
    cpv: ['18000000'],
  },
  {
    id: 'website-creation',
    role: 'civil',
    terms: {
      fr: ['création de sites web', 'création de site internet', 'création de sites internet', 'conception de sites web', 'site web', 'site internet', 'site vitrine', 'site e-commerce', 'boutique en ligne', 'agence web', 'webdesign', 'référencement naturel', 'community management', 'agence de communication'],
      en: ['website creation', 'website design', 'website', 'web design', 'web agency', 'e-commerce website', 'online shop', 'showcase website', 'WordPress website', 'search engine optimisation', 'social media management', 'digital marketing agency'],
    },
    acronyms: ['SEO'],
    cpv: ['72413000'],
  },
  {
    id: 'home-it-repair',
    role: 'civil',
    terms: {
      fr: ['dépannage informatique pour particuliers', 'dépannage informatique à domicile', 'assistance informatique à domicile', 'assistance informatique aux particuliers', 'informatique pour particuliers', 'réparation d’ordinateurs', 'réparation de PC', 'réparation de smartphones', 'réparation de téléphones', 'réparation de tablettes', "cours d'informatique pour seniors", 'installation de box internet'],
      en: ['home IT support', 'computer repair', 'PC repair', 'laptop repair', 'phone repair', 'smartphone repair', 'computer repair shop', 'IT help for individuals', 'home computer help', 'personal IT support'],
    },
    cpv: ['50312000'],
  },
  {
    id: 'small-business-it',
    role: 'civil',
    terms: {
      fr: ['infogérance de TPE', 'infogérance pour TPE', 'infogérance TPE', 'informatique pour TPE', 'maintenance informatique pour TPE', 'prestataire informatique pour TPE', 'informatique de proximité', 'infogérance de petites entreprises', 'informatique des commerçants', 'logiciel de caisse'],
      en: ['small business IT', 'IT support for small businesses', 'small business IT outsourcing', 'managed IT for small businesses', 'IT services for small businesses', 'IT for shops', 'point of sale software'],
    },
    cpv: ['72600000'],
  },
  {
    id: 'consumer-electronics',
    role: 'civil',
    terms: {
      fr: ['électronique grand public', 'réparation électronique grand public', "réparation d'électroménager", 'électroménager', 'réparation de télévisions', 'dépannage télé', 'réparation hi-fi', 'réparation de consoles de jeux', "magasin d'électronique", 'vente de matériel hi-fi', 'home cinéma'],
      en: ['consumer electronics', 'consumer electronics repair', 'home appliance repair', 'household appliances', 'TV repair', 'hi-fi repair', 'games console repair', 'electronics retail', 'electronics store', 'home cinema'],
    },
    cpv: ['50300000'],
  },
  {
    id: 'building-electrical',
    role: 'civil',
    terms: {
      fr: ['électricien du bâtiment', 'électricité du bâtiment', 'électricité générale du bâtiment', 'installation électrique résidentielle', 'électricité des logements', 'mise aux normes électriques de logements', 'dépannage électrique à domicile', 'électricien particulier', 'borne de recharge à domicile'],
      en: ['residential electrician', 'domestic electrical installation', 'residential wiring', 'house rewiring', 'home electrical repairs', 'home EV charger installation'],
    },
    cpv: [],
  },
  {
    id: 'car-repair',
    role: 'civil',
    terms: {
      fr: ['garage automobile', 'réparation automobile', 'mécanique automobile', 'entretien automobile', 'carrosserie automobile', 'contrôle technique automobile', 'vidange', 'pneumatiques automobiles', 'dépannage automobile', 'vente de voitures', 'auto-école', 'garagiste', 'mécanicien automobile', 'carrossier', 'réparation de pare-brise', 'lavage auto', 'entretien de véhicules particuliers'],
      en: ['car repair', 'car servicing', 'auto repair', 'car garage', 'car body shop', 'MOT test', 'tyre fitting', 'car dealership', 'driving school', 'car mechanic', 'tyre shop', 'windscreen repair', 'car wash'],
    },
    cpv: [],
  },
  {
    id: 'home-security',
    role: 'civil',
    terms: {
      fr: ['alarme maison', 'alarme pour particuliers', 'vidéosurveillance pour particuliers', 'caméra de surveillance domestique', 'sécurité de la maison', 'domotique', 'maison connectée', 'visiophone', 'serrurerie', 'serrurier'],
      en: ['home alarm', 'home security system', 'home CCTV', 'smart home', 'home automation', 'doorbell camera', 'locksmith'],
    },
    cpv: [],
  },
  {
    id: 'leisure-shooting-games',
    role: 'civil',
    terms: {
      fr: ['airsoft', 'paintball', 'laser game', 'jeu de tir laser', 'ball-trap', 'armurerie de chasse', 'chasse sportive', 'tir de loisir', 'escape game'],
      en: ['laser tag', 'hunting rifle', 'hunting equipment', 'recreational shooting', 'clay pigeon shooting', 'gun shop'],
    },
    cpv: [],
  },
  {
    id: 'video-games',
    role: 'civil',
    terms: {
      fr: ['jeu vidéo', 'studio de jeux vidéo', 'développement de jeux vidéo', 'jeu mobile', 'esport', 'jeu de société', 'jeu de plateau', 'ludothèque'],
      en: ['video game', 'video game studio', 'game studio', 'game development studio', 'mobile game', 'esports', 'board game', 'indie game'],
    },
    cpv: [],
  },
  {
    id: 'leisure-aviation',
    role: 'civil',
    terms: {
      fr: ['aéroclub', 'baptême de l’air', 'vol de loisir', 'aviation de loisir', 'saut en parachute', 'parachutisme sportif', 'parapente', 'montgolfière', 'vol en ULM'],
      en: ['flying club', 'leisure flying', 'recreational aviation', 'scenic flight', 'skydiving', 'paragliding', 'hot-air balloon', 'microlight flying'],
    },
    acronyms: ['ULM'],
    cpv: [],
  },
  {
    id: 'amateur-radio',
    role: 'civil',
    terms: {
      fr: ['radioamateur', 'cibi', 'radio amateur', 'talkie-walkie de loisir', 'radio locale associative', 'webradio'],
      en: ['amateur radio', 'ham radio', 'CB radio', 'citizens band radio', 'toy walkie-talkie', 'community radio station', 'internet radio'],
    },
    cpv: [],
  },
  {
    id: 'building-painting',
    role: 'civil',
    terms: {
      fr: ['peintre en bâtiment', 'peinture en bâtiment', 'peinture décorative', 'peinture intérieure', 'ravalement de façade', 'peinture de façade', 'peinture automobile', 'peintre décorateur', 'tapisserie et peinture', 'peinture murale', 'pose de papier peint', 'papier peint', 'enduit de façade'],
      en: ['house painting', 'painter and decorator', 'interior painting', 'exterior painting', 'car respray', 'car paint', 'decorating services', 'wallpapering', 'decorator'],
    },
    cpv: [],
  },
  {
    id: 'decorative-ironwork',
    role: 'civil',
    terms: {
      fr: ['ferronnerie d’art', 'ferronnier', 'fer forgé', 'portail en fer forgé', 'forgeron d’art', 'maréchal-ferrant', 'coutellerie', 'coutelier', 'garde-corps décoratif', "métallerie d'art", 'forge artisanale', 'stage de forge', 'forge de couteaux'],
      en: ['wrought iron', 'ornamental ironwork', 'artistic blacksmith', 'blacksmithing', 'farrier', 'knife making', 'wrought iron gates', 'bladesmith', 'knifemaking'],
    },
    cpv: [],
  },
  {
    id: 'consumer-3d-printing',
    role: 'civil',
    terms: {
      fr: ['impression 3D de figurines', 'imprimante 3D grand public', 'impression 3D personnalisée', 'figurines imprimées en 3D', 'objets personnalisés imprimés en 3D', 'impression 3D pour particuliers', 'impression 3D de jouets', 'impression 3D de cadeaux', 'cosplay', 'figurines de jeu'],
      en: ['3D printed figurines', 'desktop 3D printer', 'consumer 3D printer', '3D printed gifts', 'hobby 3D printing', 'tabletop miniatures', '3D printed toys', 'cosplay props'],
    },
    cpv: [],
  },
  {
    id: 'leisure-courses',
    role: 'civil',
    terms: {
      fr: ['cours de cuisine', 'atelier cuisine', 'soutien scolaire', 'cours particuliers', 'formation coiffure', 'formation esthétique', 'formation petite enfance', 'cours de musique', 'cours de langues', 'cours de danse', 'cours de théâtre', 'cours de yoga', 'formation BAFA'],
      en: ['cooking classes', 'private tutoring', 'homework help', 'hairdressing training', 'beauty training', 'music lessons', 'language lessons', 'dance classes', 'drama classes'],
    },
    cpv: [],
  },
  {
    id: 'sports-training',
    role: 'civil',
    terms: {
      fr: ['entraînement sportif', 'coach sportif', 'coaching sportif', 'salle de sport', 'préparation physique sportive', 'musculation', 'club de sport', 'entraînement de football', 'entraîneur sportif', 'préparateur physique', 'remise en forme', 'yoga', 'pilates'],
      en: ['personal trainer', 'personal training', 'fitness training', 'sports coaching', 'gym', 'fitness club', 'athletic training', 'fitness coach', 'strength and conditioning', 'yoga classes', 'pilates classes'],
    },
    cpv: [],
  },
  {
    id: 'dog-training',
    role: 'civil',
    terms: {
      fr: ['éducation canine', 'dressage de chiens', 'éducateur canin', 'pension canine'],
      en: ['dog training', 'dog trainer', 'puppy training', 'dog obedience training'],
    },
    cpv: [],
  },
  {
    id: 'home-hvac',
    role: 'civil',
    terms: {
      fr: ['pompe à chaleur', 'chauffagiste', 'plombier', 'plomberie', 'plomberie chauffage', 'climatisation résidentielle', 'climatisation maison', 'entretien de chaudière', 'climatisation réversible', 'installation de climatisation', 'chauffage domestique', 'poêle à granulés', 'ramonage', 'réparation de frigo'],
      en: ['heat pump installation', 'plumber', 'plumbing', 'boiler repair', 'home air conditioning', 'residential HVAC', 'boiler installation', 'home heating', 'fridge repair'],
    },
    cpv: [],
  },
  {
    id: 'home-moving',
    role: 'civil',
    terms: {
      fr: ['déménageur', 'garde-meubles', 'self-stockage', 'livraison de repas', 'coursier à vélo', 'transport de colis pour particuliers', 'déménagement de particuliers', 'déménagement de maison', 'location de camion', 'livraison à domicile', 'livraison de colis'],
      en: ['removals', 'moving company', 'house removals', 'self storage', 'food delivery', 'bike courier', 'van hire', 'home delivery', 'parcel delivery'],
    },
    cpv: [],
  },
  {
    id: 'medical-laboratory',
    role: 'civil',
    terms: {
      fr: ["laboratoire d'analyses médicales", 'analyses médicales', 'laboratoire de biologie médicale', 'prise de sang', 'laboratoire vétérinaire', 'analyses de sang', 'test PCR', 'test covid', 'test antigénique', 'test de grossesse', 'dépistage médical'],
      en: ['medical laboratory', 'medical testing laboratory', 'blood test', 'clinical laboratory', 'veterinary laboratory', 'pathology lab', 'PCR test', 'covid test', 'pregnancy test', 'medical screening'],
    },
    cpv: [],
  },
  {
    id: 'event-tents',
    role: 'civil',
    terms: {
      fr: ['location de chapiteaux', 'chapiteau', 'tente de réception', 'tente de camping', 'matériel de camping', 'camping', 'location de tentes', 'tente de mariage', 'barnum', 'tonnelle', 'stand de salon', 'location de matériel événementiel'],
      en: ['marquee hire', 'party tent', 'camping tent', 'camping gear', 'event marquee', 'wedding marquee', 'tent rental', 'gazebo', 'event equipment hire'],
    },
    cpv: [],
  },
  {
    id: 'driving-lessons',
    role: 'civil',
    terms: {
      fr: ['cours de conduite', 'leçons de conduite', 'permis de conduire', 'permis B', 'code de la route', 'conduite accompagnée', 'permis moto'],
      en: ['driving lessons', "driver's licence", 'driving licence', 'driving test', 'learner driver'],
    },
    cpv: [],
  },
  {
    id: 'art-foundry-jewellery',
    role: 'civil',
    terms: {
      fr: ["fonderie d'art", "bronze d'art", 'sculpture en bronze', 'bijouterie', 'joaillerie', 'bijoutier', 'création de bijoux'],
      en: ['art foundry', 'bronze sculpture', 'jewellery casting', 'jewelry casting', 'jewellery making', 'jeweller', 'jeweler'],
    },
    cpv: [],
  },
  {
    id: 'dental-lab',
    role: 'civil',
    terms: {
      fr: ['prothèse dentaire', 'laboratoire de prothèses dentaires', 'laboratoire dentaire', 'prothésiste dentaire', 'impression 3D dentaire', 'usinage dentaire', 'cabinet dentaire'],
      en: ['dental laboratory', 'dental lab', 'dental prosthesis', 'dental technician', 'dental 3D printing', 'dental milling', 'dental practice'],
    },
    cpv: [],
  },
  {
    id: 'clinical-trials',
    role: 'civil',
    terms: {
      fr: ['essais cliniques', 'étude clinique', 'tests cosmétiques', 'test dermatologique', 'essais thérapeutiques'],
      en: ['clinical trial', 'clinical study', 'cosmetic testing', 'dermatological testing', 'drug trials'],
    },
    cpv: [],
  },
  {
    id: 'food-testing',
    role: 'civil',
    terms: {
      fr: ['analyses alimentaires', 'laboratoire agroalimentaire', "analyse de l'eau potable", 'analyses microbiologiques alimentaires', 'analyse de vin', 'analyses de sol agricole'],
      en: ['food testing', 'food safety testing', 'food laboratory', 'drinking water testing', 'wine analysis', 'soil testing for farmers'],
    },
    cpv: [],
  },
  {
    id: 'soft-skills-training',
    role: 'civil',
    terms: {
      fr: ['formation management', 'formation en management', 'formation commerciale', 'formation à la vente', 'développement personnel', 'coaching de dirigeants', 'prise de parole en public', 'formation en communication interpersonnelle', 'gestion du stress'],
      en: ['sales training', 'leadership coaching', 'personal development', 'public speaking training', 'management training', 'executive coaching', 'stress management'],
    },
    cpv: [],
  },
  {
    id: 'leisure-simulators',
    role: 'civil',
    terms: {
      fr: ['simulateur de golf', 'simulateur de course automobile', 'simulation de course automobile', 'simulateur de vol pour particuliers', 'baptême en simulateur de vol', 'simulateur de vol de loisir', 'jeu de simulation de vol'],
      en: ['golf simulator', 'racing simulator', 'sim racing', 'home cockpit', 'Microsoft Flight Simulator', 'flight simulator game', 'flight simulator experience'],
    },
    cpv: [],
  },
  {
    id: 'financial-simulation',
    role: 'civil',
    terms: {
      fr: ['simulation de prêt', 'simulation de crédit', 'simulateur de crédit', 'simulation de prêt immobilier', "simulation d'assurance", 'simulateur de retraite', 'simulation de retraite'],
      en: ['loan simulator', 'mortgage calculator', 'loan calculator', 'pension calculator', 'retirement calculator'],
    },
    cpv: [],
  },
  {
    id: 'vr-leisure',
    role: 'civil',
    terms: {
      fr: ['salle de réalité virtuelle', 'jeux en réalité virtuelle', 'jeu en réalité virtuelle', 'escape game en réalité virtuelle', 'arcade de réalité virtuelle'],
      en: ['VR arcade', 'VR gaming', 'virtual reality arcade', 'VR escape room', 'virtual reality games'],
    },
    cpv: [],
  },
  {
    id: 'event-logistics',
    role: 'civil',
    terms: {
      fr: ['logistique événementielle', "organisation d'événements", 'agence événementielle', 'organisateur de mariages', 'wedding planner', 'organisation de séminaires'],
      en: ['event logistics', 'event management', 'event planning', 'event organiser', 'event organizer', 'party planning'],
    },
    cpv: [],
  },
  {
    id: 'consumer-packaging',
    role: 'civil',
    terms: {
      fr: ['emballage cadeau', 'emballages alimentaires', 'packaging alimentaire', 'design packaging', 'emballage de luxe', 'papier cadeau'],
      en: ['gift wrapping', 'food packaging', 'packaging design', 'luxury packaging', 'gift boxes'],
    },
    cpv: [],
  },
  {
    id: 'quality-of-life',
    role: 'civil',
    terms: {
      fr: ['qualité de vie au travail', 'QVT', 'qualité de vie', "qualité de l'air intérieur", "qualité de l'eau", 'bien-être au travail'],
      en: ['quality of life', 'workplace wellbeing', 'indoor air quality', 'water quality', 'employee wellbeing'],
    },
    cpv: [],
  },
  {
    id: 'hr-interviews',
    role: 'civil',
    terms: {
      fr: ["entretien d'embauche", 'entretien annuel', 'entretien individuel', 'entretien professionnel', "entretien d'évaluation", 'entretien de recrutement', 'cabinet de recrutement'],
      en: ['job interview', 'annual review', 'performance review', 'recruitment agency', 'job interviews'],
    },
    cpv: [],
  },
  {
    id: 'woodworking',
    role: 'civil',
    terms: {
      fr: ['menuiserie', 'ébénisterie', 'tournage sur bois', 'usinage du bois', 'menuisier', 'charpente bois', 'ébéniste', 'agencement bois'],
      en: ['woodworking', 'joinery', 'carpentry', 'woodturning', 'cabinet making', 'cabinetmaker', 'timber frame'],
    },
    cpv: [],
  },
  {
    id: 'film-production',
    role: 'civil',
    terms: {
      fr: ['tournage de film', 'tournage vidéo', 'tournage de clips', 'tournage publicitaire', 'production audiovisuelle', 'société de production audiovisuelle', 'montage vidéo', 'post-production vidéo'],
      en: ['film production', 'video production', 'film shoot', 'video editing', 'post-production', 'music video'],
    },
    cpv: [],
  },
  {
    id: 'data-privacy-rights',
    role: 'civil',
    terms: {
      fr: ['droit de rectification', 'rectification des données', "droit d'accès et de rectification", "droit d'opposition", "droit à l'effacement", 'inspection du travail', 'rectification fiscale'],
      en: ['right to rectification', 'right of access', 'right to erasure', 'labour inspectorate', 'labor inspection'],
    },
    cpv: [],
  },
  {
    id: 'software-forge',
    role: 'civil',
    terms: {
      fr: ['forge logicielle', 'forge de code', 'forge Git'],
      en: ['software forge', 'code forge'],
    },
    cpv: [],
  },
  {
    id: 'furniture-assembly',
    role: 'civil',
    terms: {
      fr: ['montage de meubles', 'assemblage de meubles', 'monteur de meubles', 'meubles en kit', 'montage de cuisine', 'pose de cuisine'],
      en: ['furniture assembly', 'flat-pack assembly', 'flat pack furniture', 'kitchen fitting', 'handyman services'],
    },
    cpv: [],
  },
  {
    id: 'fine-art',
    role: 'civil',
    terms: {
      fr: ['artiste peintre', 'peinture artistique', 'peinture sur toile', "galerie d'art", 'exposition de peinture', 'cours de peinture', 'cours de dessin', 'atelier de peinture artistique'],
      en: ['art painting', 'art gallery', 'fine art', 'painting classes', 'drawing classes', 'oil painting', 'watercolour painting'],
    },
    cpv: [],
  },
  {
    id: 'passenger-transport',
    role: 'civil',
    terms: {
      fr: ['transport scolaire', 'transport de personnes', 'VTC', 'transport en commun', 'transport de voyageurs', 'transport médicalisé', 'ambulance privée', 'location de voiture avec chauffeur'],
      en: ['public transport', 'school transport', 'taxi service', 'passenger transport', 'coach hire', 'chauffeur service', 'ride-hailing'],
    },
    cpv: [],
  },
  {
    id: 'diy-tools',
    role: 'civil',
    terms: {
      fr: ['magasin de bricolage', 'bricolage', 'quincaillerie', 'outillage de jardin', 'outils de bricolage', "location d'outils pour particuliers"],
      en: ['DIY store', 'hardware store', 'garden tools', 'DIY tools', 'home improvement store', 'tool hire for individuals'],
    },
    cpv: [],
  },
  {
    id: 'floor-covering',
    role: 'civil',
    terms: {
      fr: ['revêtement de sol', 'revêtements de sols', 'sol en résine', 'sol résine', 'carrelage', 'moquette', 'revêtement mural', 'pose de sols'],
      en: ['floor covering', 'flooring', 'resin flooring', 'epoxy flooring', 'floor tiling', 'carpet fitting', 'wall covering'],
    },
    cpv: [],
  },
  {
    id: 'sales-lead-qualification',
    role: 'civil',
    terms: {
      fr: ['qualification de leads', 'qualification de prospects', 'prospection commerciale', 'téléprospection', 'génération de leads', 'fichier de prospects'],
      en: ['lead qualification', 'lead generation', 'telemarketing', 'cold calling', 'sales prospecting', 'prospect qualification'],
    },
    cpv: [],
  },
  {
    id: 'trial-offers',
    role: 'civil',
    terms: {
      fr: ['essai gratuit', "période d'essai", "offre d'essai", 'essai routier', 'essai de véhicule', "version d'essai", "cours d'essai", "séance d'essai"],
      en: ['free trial', 'trial period', 'trial version', 'test drive', 'trial offer', 'trial lesson'],
    },
    cpv: [],
  },
  {
    id: 'psychometric-tests',
    role: 'civil',
    terms: {
      fr: ['test de personnalité', 'test psychotechnique', 'tests psychométriques', 'test de niveau', 'test de positionnement', "test d'anglais", 'TOEIC', 'test de QI'],
      en: ['personality test', 'psychometric testing', 'aptitude test', 'placement test', 'English test', 'IQ test', 'language test'],
    },
    cpv: [],
  },
  {
    id: 'organic-certification',
    role: 'civil',
    terms: {
      fr: ['certification bio', 'label bio', 'agriculture biologique', 'certification HVE', 'label Ecocert', 'Ecocert'],
      en: ['organic certification', 'organic label', 'organic farming', 'fair trade certification'],
    },
    cpv: [],
  },
  {
    id: 'social-innovation',
    role: 'civil',
    terms: {
      fr: ['innovation sociale', 'économie sociale et solidaire', 'entreprise sociale', 'entrepreneuriat social', 'insertion professionnelle'],
      en: ['social innovation', 'social enterprise', 'social entrepreneurship', 'social economy'],
    },
    cpv: [],
  },
  {
    id: 'interior-graphic-design',
    role: 'civil',
    terms: {
      fr: ["design d'intérieur", "décoration d'intérieur", "décorateur d'intérieur", 'design graphique', 'graphiste', 'création de logo', 'identité visuelle', "architecte d'intérieur"],
      en: ['interior design', 'interior decoration', 'graphic design', 'graphic designer', 'logo design', 'visual identity', 'brand identity', 'interior designer'],
    },
    cpv: [],
  },
  {
    id: 'financial-engineering',
    role: 'civil',
    terms: {
      fr: ['ingénierie financière', 'ingénierie patrimoniale', 'gestion de patrimoine', 'conseiller en gestion de patrimoine', 'conseil en investissement', 'ingénierie fiscale'],
      en: ['financial engineering', 'wealth management', 'financial advisor', 'estate planning', 'tax planning'],
    },
    cpv: [],
  },
  {
    id: 'equestrian',
    role: 'civil',
    terms: {
      fr: ['centre équestre', 'équitation', 'dressage de chevaux', 'entraînement de chevaux', 'écurie de course', 'pension pour chevaux'],
      en: ['horse riding', 'riding school', 'horse training', 'equestrian centre', 'equestrian center', 'racing stable'],
    },
    cpv: [],
  },
  {
    id: 'marketing-project-management',
    role: 'civil',
    terms: {
      fr: ['chef de projet marketing', 'chef de projet événementiel', 'chef de projet communication', 'chef de projet web', 'gestion de projet événementiel'],
      en: ['marketing project manager', 'event project manager', 'communications project manager', 'web project manager'],
    },
    cpv: [],
  },
];
