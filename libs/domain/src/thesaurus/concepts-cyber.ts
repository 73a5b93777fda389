import type { ThesaurusConcept } from './thesaurus.types';

/** Cyber defence and cybersecurity (LID, LIO, L2I, SOC, CERT, audit, cryptography, secure networks). */
// prettier-ignore
export const CYBER_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'cyber-defence',
    terms: {
      fr: ['cyberdéfense', 'cyber défense', 'défense cyber', 'cyberdéfense militaire', 'commandement de la cyberdéfense', 'cyberrésilience', 'résilience cyber', 'opérations cyber', 'cyberattaque', 'cyber-attaque', 'cyberprotection', 'défense cyber militaire', 'cyber-sécurité de défense'],
      en: ['cyber defence', 'cyber defense', 'cyberdefence', 'cyberdefense', 'military cyber', 'cyber resilience', 'cyber operations', 'cyber command', 'cyberwarfare', 'cyber warfare', 'cyber attack', 'cyberattack', 'cyber protection', 'defence cyber security'],
    },
    acronyms: ['COMCYBER'],
    cpv: ['72212730', '48730000', '72820000'],
    related: ['cybersecurity'],
  },
  {
    id: 'cybersecurity',
    terms: {
      fr: ['cybersécurité', 'cyber sécurité', 'sécurité informatique', "sécurité des systèmes d'information", 'sécurité numérique', "sécurité de l'information", 'cyber', 'sécurité des SI', "sécurité des systèmes d'information et des réseaux", 'sécurité informatique des entreprises', 'cybersécurité des systèmes'],
      en: ['cybersecurity', 'cyber security', 'IT security', 'information security', 'infosec', 'information systems security', 'digital security', 'computer security', 'cybersecurity services', 'cyber security services', 'security of information systems'],
    },
    acronyms: ['SSI'],
    cpv: ['48730000', '72212730', '72810000'],
  },
  {
    id: 'lid',
    terms: {
      fr: ['lutte informatique défensive', 'défense informatique', "défense des systèmes d'information", "protection des systèmes d'information", 'lutte défensive'],
      en: ['defensive cyber operations', 'defensive cyber warfare', 'computer network defence', 'computer network defense', 'cyber defensive operations', 'defensive cyber'],
    },
    acronyms: ['LID', 'DCO'],
    cpv: ['48730000', '72212730', '72820000'],
    related: ['cyber-defence'],
  },
  {
    id: 'lio',
    terms: {
      fr: ['lutte informatique offensive', 'cyber offensif', 'opérations cyber offensives', 'lutte offensive', 'cyberoffensive'],
      en: ['offensive cyber operations', 'offensive cyber', 'computer network operations', 'computer network attack', 'computer network exploitation'],
    },
    acronyms: ['LIO', 'OCO'],
    cpv: ['73426000', '72212730'],
    related: ['cyber-defence'],
  },
  {
    id: 'l2i',
    terms: {
      fr: ["lutte informatique d'influence", 'lutte contre la désinformation', "manipulation de l'information", 'guerre informationnelle', "guerre de l'information", "opérations d'influence", 'désinformation', 'ingérence numérique étrangère'],
      en: ['information warfare', 'influence operations', 'disinformation', 'counter-disinformation', 'information manipulation', 'foreign information manipulation and interference', 'information operations'],
    },
    acronyms: ['L2I', 'FIMI', 'VIGINUM'],
    cpv: ['72316000', '35720000'],
    related: ['cyber-defence', 'osint'],
  },
  {
    id: 'soc',
    terms: {
      fr: ['centre opérationnel de sécurité', 'centre des opérations de sécurité', 'supervision de sécurité', 'supervision de la sécurité', 'détection des incidents', "détection d'incidents de sécurité", 'surveillance de sécurité', 'supervision cyber', "corrélation d'événements", 'détection et réponse', 'surveillance cyber', 'supervision cybersécurité', 'supervision SSI', 'cybersurveillance'],
      en: ['security operations centre', 'security operations center', 'security monitoring', 'security information and event management', 'log management', 'event correlation', 'detection and response'],
    },
    acronyms: ['SOC', 'SIEM', 'PDIS', 'SOAR'],
    cpv: ['72250000', '48730000', '79714000'],
    related: ['cybersecurity'],
  },
  {
    id: 'managed-security',
    terms: {
      fr: ['SOC managé', 'SOC externalisé', 'services de sécurité managés', 'sécurité managée', 'supervision de sécurité externalisée', 'surveillance 24h/24', 'veille sécurité 24/7', 'détection et réponse managées', 'prestataire de détection des incidents de sécurité'],
      en: ['managed detection and response', 'managed security services', 'managed security service provider', 'managed SOC', '24/7 security monitoring', 'managed security', 'outsourced security monitoring', 'security monitoring service', 'round-the-clock monitoring'],
    },
    acronyms: ['MDR', 'MSSP'],
    cpv: ['72250000', '48730000', '79714000'],
    related: ['soc'],
  },
  {
    id: 'incident-response',
    terms: {
      fr: ['réponse à incident', 'réponse aux incidents', 'gestion des incidents de sécurité', 'traitement des incidents', 'gestion de crise cyber', 'remédiation', 'réponse à incident cyber', 'équipe de réponse à incident', 'réponse aux cyberattaques', 'gestion des cyberincidents', 'levée de doute cyber'],
      en: ['incident response', 'computer emergency response team', 'computer security incident response team', 'cyber incident response', 'incident handling', 'remediation', 'cyber crisis management', 'incident response services', 'cyber incident handling'],
    },
    acronyms: ['CERT', 'CSIRT', 'PRIS', 'CERT-FR'],
    cpv: ['72250000', '48730000', '72251000'],
    related: ['soc'],
  },
  {
    id: 'security-audit',
    terms: {
      fr: ["test d'intrusion", 'pentest', 'audit de sécurité', "audit de sécurité des systèmes d'information", 'audit de code', "audit d'architecture", 'audit de configuration', 'audit organisationnel et physique', 'red team', 'audit cyber', 'test de pénétration', 'audit technique de sécurité', "prestataire d'audit de la sécurité des systèmes d'information", 'audit de sécurité informatique', 'audit SSI', 'audit de configuration et de code'],
      en: ['penetration testing', 'pen test', 'security audit', 'security assessment', 'red teaming', 'ethical hacking', 'security code review', 'cyber audit', 'IT security audit', 'purple team', 'bug bounty', 'intrusion testing', 'security auditing', 'pentesting'],
    },
    acronyms: ['PASSI'],
    cpv: ['72810000', '72820000', '79212000'],
    related: ['cybersecurity'],
  },
  {
    id: 'security-evaluation',
    terms: {
      fr: ['évaluation de sécurité', 'évaluation de sécurité de produits', "centre d'évaluation de la sécurité des technologies de l'information", "laboratoire d'évaluation de sécurité", "laboratoire d'évaluation", 'évaluation Critères Communs', 'évaluation CSPN', 'fuzzing de logiciels', 'test de robustesse', 'test de robustesse logicielle', 'robustesse logicielle', 'tests de sécurité logicielle', 'évaluation de produits de sécurité', 'test par fuzzing', 'évaluation de la sécurité', 'évaluation de la sécurité des produits'],
      en: ['security evaluation', 'security evaluation laboratory', 'security evaluation facility', 'product security evaluation', 'Common Criteria evaluation', 'Common Criteria', 'fuzz testing', 'fuzzing', 'robustness testing', 'software robustness testing', 'security testing', 'IT security evaluation facility', 'robustness test'],
    },
    acronyms: ['CESTI', 'ITSEF'],
    cpv: ['72820000', '72810000', '72800000'],
    related: ['security-audit', 'security-software'],
  },
  {
    id: 'vulnerability-management',
    terms: {
      fr: ['gestion des vulnérabilités', 'scan de vulnérabilités', 'recherche de vulnérabilités', 'veille vulnérabilités', 'correctifs de sécurité', 'gestion des correctifs', 'analyse de vulnérabilités', 'recherche de failles', 'détection de vulnérabilités'],
      en: ['vulnerability management', 'vulnerability scanning', 'vulnerability assessment', 'vulnerability research', 'patch management', 'security patching', 'attack surface management', 'vulnerability detection', 'exploit research'],
    },
    cpv: ['72820000', '48730000'],
    related: ['security-audit'],
  },
  {
    id: 'security-software',
    terms: {
      fr: ['logiciel de sécurité', 'solution de cybersécurité', 'produit de cybersécurité', 'antivirus', 'anti-malware', 'produit de sécurité', 'produit qualifié', 'certification CSPN', 'protection des postes de travail', 'détection et réponse sur les terminaux', 'éditeur de cybersécurité', 'logiciel de cybersécurité', 'outil de cybersécurité'],
      en: ['security software', 'cybersecurity product', 'cybersecurity solution', 'anti-virus', 'endpoint protection', 'endpoint detection and response', 'extended detection and response', 'malware protection', 'security product', 'cybersecurity software', 'security tools', 'cyber security software'],
    },
    acronyms: ['EDR', 'XDR', 'CSPN', 'EPP'],
    cpv: ['48730000', '48760000', '48761000', '72212730'],
    related: ['cybersecurity'],
  },
  {
    id: 'encryption',
    terms: {
      fr: ['chiffrement', 'chiffreur', 'cryptographie', 'cryptologie', 'crypto', 'produit de chiffrement', 'chiffrement des données', 'cryptographie post-quantique', 'chiffreur IP', 'cryptographie embarquée', 'algorithme cryptographique', 'cryptanalyse', 'chiffrement de bout en bout', 'logiciel de chiffrement', 'cryptographie logicielle'],
      en: ['encryption', 'cryptography', 'encryptor', 'data encryption', 'cryptology', 'post-quantum cryptography', 'IP encryptor', 'cryptographic algorithm', 'cryptanalysis', 'end-to-end encryption', 'cipher', 'link encryptor', 'encryption software', 'applied cryptography', 'software cryptography'],
    },
    acronyms: ['PQC'],
    cpv: ['48732000', '72212732', '48730000'],
    related: ['cybersecurity'],
  },
  {
    id: 'hsm-pki',
    terms: {
      fr: ['module matériel de sécurité', 'gestion des clés', 'infrastructure de gestion de clés', 'certificat électronique', 'signature électronique', 'infrastructure à clés publiques', 'élément sécurisé', 'carte à puce', 'gestion des certificats', 'coffre-fort de clés'],
      en: ['hardware security module', 'key management', 'public key infrastructure', 'digital certificate', 'electronic signature', 'digital signature', 'secure element', 'smart card', 'trusted platform module', 'certificate management', 'key vault'],
    },
    acronyms: ['HSM', 'PKI', 'IGC', 'TPM'],
    cpv: ['48732000', '48730000', '72212732'],
    related: ['encryption'],
  },
  {
    id: 'secure-network',
    terms: {
      fr: ['réseau sécurisé', 'réseau durci', 'réseau classifié', 'réseau privé virtuel', 'sécurité réseau', 'sécurité des réseaux', 'interconnexion sécurisée', 'réseau de défense', 'réseau Diffusion Restreinte', 'architecture réseau durcie', 'architecture réseau sécurisée', 'conception de réseaux sécurisés', 'réseau sécurisé de défense', 'réseau tactique sécurisé', 'infrastructure réseau sécurisée'],
      en: ['secure network', 'hardened network', 'classified network', 'virtual private network', 'network security', 'secure interconnection', 'secure network design', 'secure network architecture', 'hardened network architecture', 'secure network infrastructure', 'classified networks integration', 'rugged network', 'ruggedised network', 'ruggedized network', 'rugged network architecture'],
    },
    acronyms: ['VPN'],
    cpv: ['72700000', '48730000', '32400000'],
    related: ['cybersecurity'],
  },
  {
    id: 'network-protection',
    terms: {
      fr: ['diode de données', 'diode réseau', 'cloisonnement réseau', 'segmentation réseau', 'pare-feu', 'passerelle sécurisée', 'segmentation', 'micro-segmentation', 'cloisonnement', 'cloisonnement des réseaux', 'filtrage réseau', "passerelle d'interconnexion", 'pare-feu applicatif', 'protection périmétrique réseau', 'station blanche', 'durcissement réseau'],
      en: ['data diode', 'cross-domain solution', 'secure gateway', 'network segmentation', 'firewall', 'next-generation firewall', 'air gap', 'microsegmentation', 'network filtering', 'web application firewall', 'network perimeter security', 'USB decontamination station', 'network hardening'],
    },
    acronyms: ['NGFW', 'WAF'],
    cpv: ['72700000', '48730000', '32400000'],
    related: ['secure-network', 'intrusion-detection'],
  },
  {
    id: 'intrusion-detection',
    terms: {
      fr: ['sonde de détection', 'sonde réseau', "détection d'intrusion", "système de détection d'intrusion", "prévention d'intrusion", 'sonde qualifiée', 'sonde de sécurité', 'analyse du trafic réseau', 'détection des intrusions', 'sonde IDS'],
      en: ['intrusion detection', 'intrusion detection system', 'intrusion prevention', 'intrusion prevention system', 'network detection and response', 'network probe', 'network traffic analysis', 'network sensor', 'network intrusion detection', 'anomaly detection'],
    },
    acronyms: ['IDS', 'IPS', 'NDR', 'NIDS'],
    cpv: ['48730000', '72212730'],
    related: ['soc'],
  },
  {
    id: 'forensics',
    terms: {
      fr: ['investigation numérique', 'inforensique', 'forensique', 'analyse forensique', 'criminalistique numérique', 'analyse post-mortem', 'analyse de malware', 'analyse de codes malveillants', 'rétro-ingénierie de logiciels malveillants', 'preuve numérique', 'investigation informatique', 'analyse de logiciels malveillants'],
      en: ['digital forensics', 'forensics', 'computer forensics', 'forensic analysis', 'malware analysis', 'malware reverse engineering', 'digital evidence', 'memory forensics', 'incident forensics', 'forensic investigation'],
    },
    acronyms: ['DFIR'],
    cpv: ['79720000', '72810000'],
    related: ['incident-response'],
  },
  {
    id: 'threat-intelligence',
    terms: {
      fr: ['renseignement sur la menace', 'renseignement sur les menaces', 'renseignement cyber', 'veille cyber', 'veille sur les menaces', 'analyse de la menace', 'chasse aux menaces', 'menace cyber', 'cybermenace', 'veille sur la menace cyber', 'analyse des menaces cyber'],
      en: ['threat intelligence', 'cyber threat intelligence', 'threat hunting', 'threat analysis', 'cyber threat', 'threat landscape', 'indicators of compromise', 'threat intelligence platform', 'cyber threat analysis'],
    },
    acronyms: ['CTI', 'IOC'],
    cpv: ['72316000', '48730000'],
    related: ['cybersecurity', 'intelligence'],
  },
  {
    id: 'cyber-range',
    terms: {
      fr: ['cyber range', 'champ de tir cyber', 'entraînement cyber', 'exercice cyber', 'exercice de crise cyber', "simulation d'attaques", "plateforme d'entraînement cyber", 'simulation de cyberattaques', "environnement d'entraînement cyber", 'exercice de cyberdéfense', 'entraînement à la cyberdéfense'],
      en: ['cyber exercise', 'capture the flag', 'attack simulation', 'cyber range platform', 'cyber training range', 'cyber exercise platform', 'cyber defence exercise', 'cyber wargame'],
    },
    acronyms: ['CTF'],
    cpv: ['80660000', '80533100', '80510000'],
    related: ['cyber-defence'],
  },
  {
    id: 'cyber-training',
    terms: {
      fr: ['formation en cybersécurité', 'formation cybersécurité', 'formation à la cybersécurité', 'sensibilisation à la cybersécurité', 'sensibilisation cyber', 'formation cyber', 'formation SSI', 'sensibilisation SSI', 'sensibilisation au phishing', 'formation des RSSI', 'formation aux bonnes pratiques cyber'],
      en: ['cyber training', 'security awareness training', 'cybersecurity training', 'cyber awareness', 'phishing simulation', 'cyber awareness training', 'cybersecurity awareness', 'cyber skills training', 'security training'],
    },
    cpv: ['80533100', '80510000'],
    related: ['cyber-range', 'cybersecurity'],
  },
  {
    id: 'iam',
    terms: {
      fr: ['gestion des identités', 'gestion des accès', 'authentification forte', 'authentification multifacteur', "contrôle d'accès logique", 'gestion des identités et des accès', 'confiance zéro', 'authentification', 'gestion des habilitations informatiques', 'gestion des comptes à privilèges'],
      en: ['identity and access management', 'identity management', 'access management', 'strong authentication', 'multi-factor authentication', 'privileged access management', 'zero trust', 'single sign-on', 'authentication', 'privileged account management'],
    },
    acronyms: ['IAM', 'MFA', 'SSO'],
    cpv: ['48730000', '72212730'],
    related: ['cybersecurity'],
  },
  {
    id: 'data-protection',
    terms: {
      fr: ['protection des données', 'sécurité des données', 'prévention des fuites de données', 'confidentialité des données', 'RGPD', 'données personnelles', 'souveraineté des données', 'classification des données', 'coffre-fort numérique', 'coffre-fort électronique', 'stockage sécurisé', 'partage sécurisé de fichiers', 'échange sécurisé de fichiers'],
      en: ['data protection', 'data security', 'data loss prevention', 'data privacy', 'GDPR', 'personal data', 'data sovereignty', 'data classification', 'digital vault', 'secure digital vault', 'secure storage', 'secure file sharing', 'secure file transfer', 'secure vault', 'digital safe', 'electronic vault', 'electronic safe'],
    },
    acronyms: ['DLP'],
    cpv: ['48732000', '72212732'],
    related: ['cybersecurity'],
  },
  {
    id: 'backup-recovery',
    terms: {
      fr: ['sauvegarde', 'sauvegarde des données', "plan de continuité d'activité", "plan de reprise d'activité", "continuité d'activité", "reprise d'activité", 'archivage électronique', 'restauration des données', 'sauvegarde externalisée', 'restauration après sinistre'],
      en: ['backup', 'data backup', 'business continuity', 'disaster recovery', 'business continuity plan', 'disaster recovery plan', 'data recovery', 'electronic archiving', 'backup and recovery', 'offsite backup'],
    },
    acronyms: ['PRA'],
    cpv: ['48710000', '72251000', '72252000'],
    related: ['cybersecurity'],
  },
  {
    id: 'ot-security',
    terms: {
      fr: ['sécurité des systèmes industriels', 'cybersécurité industrielle', 'sécurité OT', 'sécurité des systèmes de contrôle industriels', 'sécurité SCADA', 'cybersécurité des systèmes industriels', 'sécurité des automates', 'cybersécurité OT'],
      en: ['OT security', 'ICS security', 'industrial control system security', 'SCADA security', 'operational technology security', 'industrial cybersecurity', 'ICS cybersecurity', 'SCADA cybersecurity', 'industrial network security'],
    },
    cpv: ['48150000', '48730000'],
    related: ['industrial-automation', 'cybersecurity'],
  },
  {
    id: 'emsec',
    terms: {
      fr: ['compromission électromagnétique', 'signaux parasites compromettants', 'signaux compromettants', 'sécurité des émissions', 'zonage TEMPEST', 'protection TEMPEST', 'équipement TEMPEST'],
      en: ['emission security', 'compromising emanations', 'emanation security', 'TEMPEST testing', 'TEMPEST equipment', 'TEMPEST protection'],
    },
    acronyms: ['TEMPEST', 'EMSEC', 'SPC'],
    cpv: ['71632000', '38430000', '35700000'],
    related: ['emc'],
  },
  {
    id: 'security-governance',
    terms: {
      fr: ['gouvernance SSI', 'homologation de sécurité', 'analyse de risques cyber', 'analyse de risques SSI', 'politique de sécurité', 'conformité NIS 2', "système de management de la sécurité de l'information", 'conseil en cybersécurité', 'ISO 27001', 'IGI 1300', 'conformité cyber'],
      en: ['security accreditation', 'cyber risk analysis', 'information security management system', 'security governance', 'NIS 2 compliance', 'security compliance', 'security policy', 'chief information security officer', 'cybersecurity consulting', 'ISO/IEC 27001', 'cyber compliance'],
    },
    acronyms: ['EBIOS', 'ISMS', 'SMSI', 'CISO', 'RSSI', 'NIS2', 'GRC', 'RGS'],
    cpv: ['72810000', '72220000'],
    related: ['cybersecurity'],
  },
  {
    id: 'secure-communications',
    terms: {
      fr: ['communications sécurisées', 'téléphonie sécurisée', 'messagerie sécurisée', 'smartphone sécurisé', 'téléphone chiffré', 'visioconférence sécurisée', 'communications chiffrées', 'téléphonie chiffrée', 'radio chiffrée', 'messagerie chiffrée', 'communications souveraines'],
      en: ['secure communications', 'secure mobile', 'secure messaging', 'secure voice', 'encrypted communications', 'secure smartphone', 'secure videoconferencing', 'encrypted voice', 'encrypted messaging', 'secure radio', 'sovereign communications'],
    },
    cpv: ['32500000', '48510000', '48730000'],
    related: ['encryption', 'telecom'],
  },
  {
    id: 'secure-engineering',
    terms: {
      fr: ['développement sécurisé', 'sécurité applicative', 'sécurité des applications', 'sécurité dès la conception', 'analyse statique de code', 'sécurité des systèmes embarqués', 'cybersécurité embarquée', 'sécurité embarquée', 'sécurité matérielle', 'démarrage sécurisé', 'attaques par canaux auxiliaires', 'développement logiciel sécurisé', 'développement de solutions de cybersécurité', 'développement de logiciels de sécurité'],
      en: ['secure development', 'application security', 'secure coding', 'security by design', 'static code analysis', 'DevSecOps', 'software supply chain security', 'embedded security', 'embedded cybersecurity', 'hardware security', 'secure boot', 'side-channel attacks', 'firmware security', 'secure software engineering', 'secure software development'],
    },
    acronyms: ['SAST', 'DAST'],
    cpv: ['72212730', '72254000', '48730000'],
    related: ['cybersecurity', 'software-development', 'embedded-software'],
  },
];
