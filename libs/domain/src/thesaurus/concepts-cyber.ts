import type { ThesaurusConcept } from './thesaurus.types';

/** Cyber defence and cybersecurity (LID, LIO, L2I, SOC, CERT, audit, cryptography, secure networks). */
// prettier-ignore
export const CYBER_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'cyber-defence',
    terms: {
      fr: ['cyberdéfense', 'cyber défense', 'défense cyber', 'commandement de la cyberdéfense', 'cyberrésilience', 'résilience cyber', 'opérations cyber', 'cyberattaque', 'cyber-attaque', 'cyberprotection', 'cyber-sécurité de défense', 'cyberguerre', 'combat cyber', 'combat numérique'],
      en: ['cyber defence', 'cyber defense', 'cyberdefence', 'cyberdefense', 'military cyber', 'cyber resilience', 'cyber operations', 'cyber command', 'cyberwarfare', 'cyber warfare', 'cyber attack', 'cyberattack', 'cyber protection', 'defence cyber security', 'cyber defence operations'],
    },
    acronyms: ['COMCYBER'],
    cpv: ['72212730', '48730000', '72820000'],
    related: ['cybersecurity'],
  },
  {
    id: 'cybersecurity',
    terms: {
      fr: ['cybersécurité', 'cyber sécurité', 'sécurité informatique', "sécurité des systèmes d'information", 'sécurité numérique', "sécurité de l'information", 'cyber', 'sécurité des SI', "sécurité des systèmes d'information et des réseaux", 'sécurité informatique des entreprises', 'cybersécurité des systèmes', 'sécurité cyber', 'protection informatique', 'sécurité IT', 'sécurité des systèmes informatiques'],
      en: ['cybersecurity', 'cyber security', 'IT security', 'information security', 'infosec', 'information systems security', 'digital security', 'computer security', 'cybersecurity services', 'cyber security services', 'security of information systems', 'ICT security', 'information assurance', 'IT/OT security', 'cyber-security consulting'],
    },
    acronyms: ['SSI'],
    cpv: ['48730000', '72212730', '72810000'],
  },
  {
    id: 'lid',
    terms: {
      fr: ['lutte informatique défensive', 'défense informatique', "défense des systèmes d'information", "protection des systèmes d'information", 'lutte défensive', 'défense des réseaux', 'protection des réseaux informatiques', 'défense active', 'lutte informatique de défense'],
      en: ['defensive cyber operations', 'defensive cyber warfare', 'computer network defence', 'computer network defense', 'cyber defensive operations', 'defensive cyber', 'network defence', 'network defense', 'active cyber defence', 'active cyber defense', 'cyber protection team'],
    },
    acronyms: ['LID', 'DCO'],
    cpv: ['48730000', '72212730', '72820000'],
    related: ['cyber-defence'],
  },
  {
    id: 'lio',
    terms: {
      fr: ['lutte informatique offensive', 'cyber offensif', 'opérations cyber offensives', 'lutte offensive', 'cyberoffensive', 'opérations informatiques offensives', 'capacités cyber offensives', 'cyberarmes', 'opérations offensives dans le cyberespace'],
      en: ['offensive cyber operations', 'offensive cyber', 'computer network operations', 'computer network attack', 'computer network exploitation', 'offensive cyber capabilities', 'cyber weapons', 'cyberweapon', 'offensive cyberspace operations', 'cyber effects'],
    },
    acronyms: ['LIO', 'OCO', 'CNO', 'CNA', 'CNE'],
    cpv: ['73426000', '72212730'],
    related: ['cyber-defence'],
  },
  {
    id: 'l2i',
    terms: {
      fr: ["lutte informatique d'influence", 'lutte contre la désinformation', "manipulation de l'information", 'guerre informationnelle', "guerre de l'information", "opérations d'influence", 'désinformation', 'ingérence numérique étrangère', "lutte contre les manipulations de l'information", 'contre-influence', 'opérations informationnelles', 'guerre cognitive', 'infox', 'fausses informations', 'manipulation informationnelle'],
      en: ['information warfare', 'influence operations', 'disinformation', 'counter-disinformation', 'information manipulation', 'foreign information manipulation and interference', 'information operations', 'cognitive warfare', 'fake news', 'psychological operations', 'misinformation', 'counter-influence', 'deepfake detection'],
    },
    acronyms: ['L2I', 'FIMI', 'VIGINUM'],
    cpv: ['72316000', '35720000'],
    related: ['cyber-defence', 'osint'],
  },
  {
    id: 'soc',
    terms: {
      fr: ['centre opérationnel de sécurité', 'centre des opérations de sécurité', 'supervision de sécurité', 'supervision de la sécurité', 'détection des incidents', "détection d'incidents de sécurité", 'surveillance de sécurité', 'supervision cyber', "corrélation d'événements", 'détection et réponse', 'surveillance cyber', 'supervision cybersécurité', 'supervision SSI', 'cybersurveillance', 'centre de supervision de la sécurité', 'gestion des journaux', 'collecte de logs', 'analyse de logs'],
      en: ['security operations centre', 'security operations center', 'security monitoring', 'security information and event management', 'log management', 'event correlation', 'detection and response', 'security event monitoring', 'log analysis'],
    },
    acronyms: ['SOC', 'SIEM', 'PDIS', 'SOAR'],
    cpv: ['72250000', '48730000', '79714000'],
    related: ['cybersecurity'],
  },
  {
    id: 'managed-security',
    terms: {
      fr: ['SOC managé', 'SOC externalisé', 'services de sécurité managés', 'sécurité managée', 'supervision de sécurité externalisée', 'surveillance 24h/24', 'veille sécurité 24/7', 'détection et réponse managées', 'prestataire de détection des incidents de sécurité', 'SOC en mode service', 'supervision managée', 'sécurité externalisée', 'services de cybersécurité managés'],
      en: ['managed detection and response', 'managed security services', 'managed security service provider', 'managed SOC', '24/7 security monitoring', 'managed security', 'outsourced security monitoring', 'security monitoring service', 'round-the-clock monitoring', 'SOC-as-a-service', 'security as a service', 'managed EDR', 'managed firewall', 'managed cybersecurity services'],
    },
    acronyms: ['MDR', 'MSSP', 'MSP'],
    cpv: ['72250000', '48730000', '79714000'],
    related: ['soc'],
  },
  {
    id: 'incident-response',
    terms: {
      fr: ['réponse à incident', 'réponse aux incidents', 'gestion des incidents de sécurité', 'traitement des incidents', 'gestion de crise cyber', 'remédiation', 'réponse à incident cyber', 'équipe de réponse à incident', 'réponse aux cyberattaques', 'gestion des cyberincidents', 'levée de doute cyber', "gestion d'incidents cyber", 'réaction aux incidents', 'intervention sur incident', 'cellule de crise cyber'],
      en: ['incident response', 'computer emergency response team', 'computer security incident response team', 'cyber incident response', 'incident handling', 'remediation', 'cyber crisis management', 'incident response services', 'cyber incident handling', 'breach response', 'cyber incident management', 'compromise assessment'],
    },
    acronyms: ['CERT', 'CSIRT', 'PRIS', 'CERT-FR'],
    cpv: ['72250000', '48730000', '72251000'],
    related: ['soc'],
  },
  {
    id: 'security-audit',
    terms: {
      fr: ["test d'intrusion", 'pentest', 'audit de sécurité', 'audit de code', "audit d'architecture", 'audit de configuration', 'audit organisationnel et physique', 'red team', 'audit cyber', 'test de pénétration', 'audit technique de sécurité', "prestataire d'audit de la sécurité des systèmes d'information", 'audit SSI', 'sécurité offensive', "audit de sécurité des systèmes d'information"],
      en: ['penetration testing', 'pen test', 'security audit', 'security assessment', 'red teaming', 'ethical hacking', 'security code review', 'cyber audit', 'purple team', 'bug bounty', 'intrusion testing', 'security auditing', 'pentesting', 'offensive security', 'IT security audit'],
    },
    acronyms: ['PASSI'],
    cpv: ['72810000', '72820000', '79212000'],
    related: ['cybersecurity'],
  },
  {
    id: 'security-evaluation',
    terms: {
      fr: ['évaluation de sécurité', "centre d'évaluation de la sécurité des technologies de l'information", "laboratoire d'évaluation de sécurité", "laboratoire d'évaluation", 'évaluation Critères Communs', 'évaluation CSPN', 'fuzzing de logiciels', 'test de robustesse', 'test de robustesse logicielle', 'robustesse logicielle', 'tests de sécurité logicielle', 'évaluation de produits de sécurité', 'test par fuzzing', 'évaluation de la sécurité', 'Critères Communs', 'certification de sécurité'],
      en: ['security evaluation', 'security evaluation laboratory', 'security evaluation facility', 'product security evaluation', 'Common Criteria evaluation', 'Common Criteria', 'fuzz testing', 'fuzzing', 'robustness testing', 'software robustness testing', 'security testing', 'robustness test', 'security certification'],
    },
    acronyms: ['CESTI', 'ITSEF'],
    cpv: ['72820000', '72810000', '72800000'],
    related: ['security-audit', 'security-software'],
  },
  {
    id: 'vulnerability-management',
    terms: {
      fr: ['gestion des vulnérabilités', 'scan de vulnérabilités', 'recherche de vulnérabilités', 'veille vulnérabilités', 'correctifs de sécurité', 'gestion des correctifs', 'analyse de vulnérabilités', 'recherche de failles', 'détection de vulnérabilités', 'scanner de vulnérabilités', 'gestion des failles', 'test de vulnérabilité', "surface d'attaque", 'divulgation de vulnérabilités'],
      en: ['vulnerability management', 'vulnerability scanning', 'vulnerability assessment', 'vulnerability research', 'patch management', 'security patching', 'attack surface management', 'vulnerability detection', 'exploit research', 'vulnerability scanner', 'vulnerability testing', 'zero-day research', 'exposure management', 'vulnerability disclosure'],
    },
    acronyms: ['CVE'],
    cpv: ['72820000', '48730000'],
    related: ['security-audit'],
  },
  {
    id: 'security-software',
    terms: {
      fr: ['logiciel de sécurité', 'solution de cybersécurité', 'produit de cybersécurité', 'antivirus', 'anti-malware', 'produit de sécurité', 'produit qualifié', 'certification CSPN', 'protection des postes de travail', 'détection et réponse sur les terminaux', 'éditeur de cybersécurité', 'logiciel de cybersécurité', 'outil de cybersécurité', 'protection des terminaux'],
      en: ['security software', 'cybersecurity product', 'cybersecurity solution', 'anti-virus', 'endpoint protection', 'endpoint detection and response', 'extended detection and response', 'malware protection', 'security product', 'cybersecurity software', 'security tools', 'cyber security software', 'endpoint security'],
    },
    acronyms: ['EDR', 'XDR', 'CSPN', 'EPP'],
    cpv: ['48730000', '48760000', '48761000', '72212730'],
    related: ['cybersecurity'],
  },
  {
    id: 'encryption',
    terms: {
      fr: ['chiffrement', 'chiffreur', 'cryptographie', 'cryptologie', 'crypto', 'cryptographie post-quantique', 'chiffreur IP', 'cryptographie embarquée', 'algorithme cryptographique', 'cryptanalyse', 'chiffrement de bout en bout', 'cryptage', 'module cryptographique', 'équipement de chiffrement', 'chiffrement homomorphe'],
      en: ['encryption', 'cryptography', 'encryptor', 'cryptology', 'post-quantum cryptography', 'IP encryptor', 'cryptographic algorithm', 'cryptanalysis', 'end-to-end encryption', 'cipher', 'link encryptor', 'applied cryptography', 'software cryptography', 'cryptographic module', 'encryption device'],
    },
    acronyms: ['PQC'],
    cpv: ['48732000', '72212732', '48730000'],
    related: ['cybersecurity'],
  },
  {
    id: 'hsm-pki',
    terms: {
      fr: ['module matériel de sécurité', 'gestion des clés', 'infrastructure de gestion de clés', 'certificat électronique', 'signature électronique', 'infrastructure à clés publiques', 'élément sécurisé', 'carte à puce', 'gestion des certificats', 'coffre-fort de clés', 'certificat numérique', 'signature numérique', 'autorité de certification'],
      en: ['hardware security module', 'key management', 'public key infrastructure', 'digital certificate', 'electronic signature', 'digital signature', 'secure element', 'smart card', 'trusted platform module', 'certificate management', 'key vault', 'certificate authority', 'timestamping'],
    },
    acronyms: ['HSM', 'PKI', 'IGC', 'TPM'],
    cpv: ['48732000', '48730000', '72212732'],
    related: ['encryption'],
  },
  {
    id: 'secure-network',
    terms: {
      fr: ['réseau sécurisé', 'réseau durci', 'réseau classifié', 'réseau privé virtuel', 'sécurité réseau', 'sécurité des réseaux', 'interconnexion sécurisée', 'réseau de défense', 'réseau Diffusion Restreinte', 'architecture réseau durcie', 'architecture réseau sécurisée', 'réseau tactique sécurisé', 'infrastructure réseau sécurisée', 'réseau chiffré', 'sécurisation des réseaux', 'réseau souverain'],
      en: ['secure network', 'hardened network', 'classified network', 'virtual private network', 'network security', 'secure interconnection', 'secure network architecture', 'hardened network architecture', 'rugged network', 'ruggedised network', 'ruggedized network', 'encrypted network', 'securing networks', 'IPsec'],
    },
    acronyms: ['VPN'],
    cpv: ['72700000', '48730000', '32400000'],
    related: ['cybersecurity'],
  },
  {
    id: 'network-protection',
    terms: {
      fr: ['diode de données', 'diode réseau', 'cloisonnement réseau', 'segmentation réseau', 'pare-feu', 'passerelle sécurisée', 'segmentation', 'micro-segmentation', 'cloisonnement', 'filtrage réseau', "passerelle d'interconnexion", 'protection périmétrique réseau', 'station blanche', 'durcissement réseau', 'parefeu', 'passerelle unidirectionnelle'],
      en: ['data diode', 'cross-domain solution', 'secure gateway', 'network segmentation', 'firewall', 'next-generation firewall', 'air gap', 'microsegmentation', 'network filtering', 'web application firewall', 'network perimeter security', 'USB decontamination station', 'network hardening'],
    },
    acronyms: ['NGFW', 'WAF'],
    cpv: ['72700000', '48730000', '32400000'],
    related: ['secure-network', 'intrusion-detection'],
  },
  {
    id: 'intrusion-detection',
    terms: {
      fr: ['sonde de détection', 'sonde réseau', "détection d'intrusion", "système de détection d'intrusion", "prévention d'intrusion", 'sonde qualifiée', 'sonde de sécurité', 'analyse du trafic réseau', 'détection des intrusions', 'sonde IDS', "détection d'anomalies", 'analyse comportementale'],
      en: ['intrusion detection', 'intrusion detection system', 'intrusion prevention', 'intrusion prevention system', 'network detection and response', 'network probe', 'network traffic analysis', 'network sensor', 'network intrusion detection', 'anomaly detection', 'behavioural analytics', 'behavioral analytics', 'network security monitoring'],
    },
    acronyms: ['IDS', 'IPS', 'NDR', 'NIDS'],
    cpv: ['48730000', '72212730'],
    related: ['soc'],
  },
  {
    id: 'forensics',
    terms: {
      fr: ['investigation numérique', 'inforensique', 'forensique', 'analyse forensique', 'criminalistique numérique', 'analyse post-mortem', 'analyse de malware', 'analyse de codes malveillants', 'rétro-ingénierie de logiciels malveillants', 'preuve numérique', 'investigation informatique', 'analyse de logiciels malveillants', 'informatique légale', 'expertise judiciaire informatique', 'criminalistique informatique', 'analyse mémoire'],
      en: ['digital forensics', 'forensics', 'computer forensics', 'forensic analysis', 'malware analysis', 'malware reverse engineering', 'digital evidence', 'memory forensics', 'incident forensics', 'forensic investigation', 'forensic examination', 'mobile forensics', 'cyber forensics'],
    },
    acronyms: ['DFIR'],
    cpv: ['79720000', '72810000'],
    related: ['incident-response'],
  },
  {
    id: 'threat-intelligence',
    terms: {
      fr: ['renseignement sur la menace', 'renseignement sur les menaces', 'renseignement cyber', 'veille cyber', 'veille sur les menaces', 'analyse de la menace', 'chasse aux menaces', 'menace cyber', 'cybermenace', 'veille sur la menace cyber', 'analyse des menaces cyber', 'renseignement sur les cybermenaces', 'veille sur les cybermenaces', 'chasse aux cybermenaces', 'analyse de la cybermenace'],
      en: ['threat intelligence', 'cyber threat intelligence', 'threat hunting', 'threat analysis', 'cyber threat', 'threat landscape', 'indicators of compromise', 'threat intelligence platform', 'cyber threat analysis', 'threat intel', 'threat feeds', 'threat research', 'adversary intelligence'],
    },
    acronyms: ['CTI', 'IOC'],
    cpv: ['72316000', '48730000'],
    related: ['cybersecurity', 'intelligence'],
  },
  {
    id: 'cyber-range',
    terms: {
      fr: ['cyber range', 'champ de tir cyber', 'entraînement cyber', 'exercice cyber', 'exercice de crise cyber', "simulation d'attaques", "plateforme d'entraînement cyber", 'simulation de cyberattaques', "environnement d'entraînement cyber", 'exercice de cyberdéfense', 'entraînement à la cyberdéfense', 'plateforme de cyber-entraînement', 'cyber-entraînement', 'simulation de crise cyber', 'champ de tir numérique', 'entraînement cyber opérationnel'],
      en: ['cyber exercise', 'capture the flag', 'attack simulation', 'cyber range platform', 'cyber training range', 'cyber exercise platform', 'cyber defence exercise', 'cyber wargame', 'cyber training platform', 'cyber crisis exercise', 'cyber crisis simulation', 'blue team exercise', 'cyber test range'],
    },
    acronyms: ['CTF'],
    cpv: ['80660000', '80533100', '80510000'],
    related: ['cyber-defence'],
  },
  {
    id: 'cyber-training',
    terms: {
      fr: ['formation en cybersécurité', 'formation cybersécurité', 'formation à la cybersécurité', 'sensibilisation à la cybersécurité', 'sensibilisation cyber', 'formation cyber', 'formation SSI', 'sensibilisation SSI', 'sensibilisation au phishing', 'formation des RSSI', 'formation aux bonnes pratiques cyber', 'hygiène informatique', 'hygiène numérique', 'formation aux risques cyber', 'campagne de phishing', 'formation des analystes SOC'],
      en: ['cyber training', 'security awareness training', 'cybersecurity training', 'cyber awareness', 'phishing simulation', 'cyber awareness training', 'cybersecurity awareness', 'cyber skills training', 'security training', 'cyber hygiene', 'phishing awareness', 'ethical hacking training', 'SOC analyst training', 'cybersecurity education'],
    },
    cpv: ['80533100', '80510000'],
    related: ['cyber-range', 'cybersecurity'],
  },
  {
    id: 'iam',
    terms: {
      fr: ['gestion des identités', 'gestion des accès', 'authentification forte', 'authentification multifacteur', "contrôle d'accès logique", 'gestion des identités et des accès', 'confiance zéro', 'authentification', 'gestion des habilitations informatiques', 'gestion des comptes à privilèges', 'authentification multi-facteurs', 'double authentification', 'authentification à deux facteurs', "fédération d'identités"],
      en: ['identity and access management', 'identity management', 'access management', 'strong authentication', 'multi-factor authentication', 'privileged access management', 'zero trust', 'single sign-on', 'authentication', 'privileged account management', 'two-factor authentication', 'identity federation', 'identity governance'],
    },
    acronyms: ['IAM', 'MFA', 'SSO', '2FA'],
    cpv: ['48730000', '72212730'],
    related: ['cybersecurity'],
  },
  {
    id: 'data-protection',
    terms: {
      fr: ['protection des données', 'sécurité des données', 'prévention des fuites de données', 'confidentialité des données', 'RGPD', 'données personnelles', 'souveraineté des données', 'classification des données', 'coffre-fort numérique', 'coffre-fort électronique', 'stockage sécurisé', 'partage sécurisé de fichiers', 'échange sécurisé de fichiers', 'anonymisation'],
      en: ['data protection', 'data security', 'data loss prevention', 'data privacy', 'GDPR', 'personal data', 'data sovereignty', 'data classification', 'digital vault', 'secure storage', 'secure file sharing', 'secure file transfer', 'digital safe', 'electronic vault', 'secure vault', 'electronic safe'],
    },
    acronyms: ['DLP'],
    cpv: ['48732000', '72212732'],
    related: ['cybersecurity'],
  },
  {
    id: 'backup-recovery',
    terms: {
      fr: ['sauvegarde', 'sauvegarde des données', "plan de continuité d'activité", "plan de reprise d'activité", "continuité d'activité", "reprise d'activité", 'archivage électronique', 'restauration des données', 'sauvegarde externalisée', 'restauration après sinistre', 'réplication de données', 'archivage numérique', 'reprise après sinistre', 'résilience informatique'],
      en: ['backup', 'data backup', 'business continuity', 'disaster recovery', 'business continuity plan', 'disaster recovery plan', 'data recovery', 'electronic archiving', 'backup and recovery', 'offsite backup', 'data replication', 'cloud backup', 'IT resilience', 'disaster recovery as a service'],
    },
    acronyms: ['PRA', 'PCA', 'BCP'],
    cpv: ['48710000', '72251000', '72252000'],
    related: ['cybersecurity'],
  },
  {
    id: 'ot-security',
    terms: {
      fr: ['sécurité des systèmes industriels', 'cybersécurité industrielle', 'sécurité OT', 'sécurité des systèmes de contrôle industriels', 'sécurité SCADA', 'cybersécurité des systèmes industriels', 'sécurité des automates', 'cybersécurité OT', 'cybersécurité des automates', 'sécurité des réseaux industriels', "sécurité de l'informatique industrielle", 'cybersécurité des infrastructures critiques'],
      en: ['OT security', 'ICS security', 'industrial control system security', 'SCADA security', 'operational technology security', 'industrial cybersecurity', 'ICS cybersecurity', 'SCADA cybersecurity', 'industrial network security', 'PLC security', 'critical infrastructure security', 'OT cybersecurity', 'IEC 62443', 'OT/ICS security'],
    },
    cpv: ['48150000', '48730000'],
    related: ['industrial-automation', 'cybersecurity'],
  },
  {
    id: 'emsec',
    terms: {
      fr: ['compromission électromagnétique', 'signaux parasites compromettants', 'signaux compromettants', 'sécurité des émissions', 'zonage TEMPEST', 'protection TEMPEST', 'équipement TEMPEST', 'protection contre les signaux compromettants', 'rayonnements compromettants', 'émanations compromettantes', 'zonage SPC'],
      en: ['emission security', 'compromising emanations', 'emanation security', 'TEMPEST testing', 'TEMPEST equipment', 'TEMPEST protection', 'TEMPEST certified', 'TEMPEST zoning', 'SDIP-27', 'red/black separation'],
    },
    acronyms: ['TEMPEST', 'EMSEC', 'SPC'],
    cpv: ['71632000', '38430000', '35700000'],
    related: ['emc'],
  },
  {
    id: 'security-governance',
    terms: {
      fr: ['gouvernance SSI', 'homologation de sécurité', 'analyse de risques cyber', 'analyse de risques SSI', 'politique de sécurité', 'conformité NIS 2', "système de management de la sécurité de l'information", 'conseil en cybersécurité', 'ISO 27001', 'IGI 1300', 'conformité cyber'],
      en: ['security accreditation', 'cyber risk analysis', 'information security management system', 'security governance', 'NIS 2 compliance', 'security compliance', 'security policy', 'chief information security officer', 'cybersecurity consulting', 'cyber compliance', 'ISO/IEC 27001'],
    },
    acronyms: ['EBIOS', 'ISMS', 'SMSI', 'CISO', 'RSSI', 'NIS2', 'GRC', 'RGS', 'PSSI'],
    cpv: ['72810000', '72220000'],
    related: ['cybersecurity'],
  },
  {
    id: 'secure-communications',
    terms: {
      fr: ['communications sécurisées', 'téléphonie sécurisée', 'messagerie sécurisée', 'smartphone sécurisé', 'téléphone chiffré', 'visioconférence sécurisée', 'communications chiffrées', 'téléphonie chiffrée', 'radio chiffrée', 'messagerie chiffrée', 'communications souveraines', 'téléphone sécurisé', 'mobile sécurisé', 'communications protégées', 'liaison sécurisée', 'transmissions sécurisées', 'transmissions chiffrées'],
      en: ['secure communications', 'secure mobile', 'secure messaging', 'secure voice', 'encrypted communications', 'secure smartphone', 'secure videoconferencing', 'encrypted voice', 'encrypted messaging', 'secure radio', 'sovereign communications', 'secure phone', 'secure telephony', 'encrypted phone'],
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
