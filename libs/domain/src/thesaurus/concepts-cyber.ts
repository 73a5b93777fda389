import type { ThesaurusConcept } from './thesaurus.types';

/** Cyber defence and cybersecurity (LID, LIO, L2I, SOC, CERT, audit, cryptography, secure networks). */
// prettier-ignore
export const CYBER_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'cyber-defence',
    terms: {
      fr: ['cyberdéfense', 'cyber défense', 'défense cyber', 'commandement de la cyberdéfense', 'cyberrésilience', 'résilience cyber', 'opérations cyber', 'cyberattaque', 'cyber-attaque', 'cyberprotection', 'cyber-sécurité de défense', 'cyberguerre', 'combat cyber', 'combat numérique', 'cyberdéfense militaire', 'lutte informatique', 'cyberopérations', 'opérations dans le cyberespace', 'cyberespace', 'capacités cyber', 'cybercombattant', 'cyberconflit', 'conflictualité cyber', 'défense du cyberespace', 'cybersécurité de défense', 'cybersécurité militaire', 'menace cyber militaire', 'cyberdéfense navale'],
      en: ['cyber defence', 'cyber defense', 'cyberdefence', 'cyberdefense', 'military cyber', 'cyber resilience', 'cyber operations', 'cyber command', 'cyberwarfare', 'cyber warfare', 'cyber attack', 'cyberattack', 'cyber protection', 'defence cyber security', 'cyber defence operations', 'cyberspace operations', 'cyberspace defence', 'cyberspace defense', 'military cybersecurity', 'defense cybersecurity', 'defence cybersecurity', 'cyber capabilities', 'cyber mission force', 'cyber conflict'],
    },
    acronyms: ['COMCYBER', 'CYBERCOM'],
    cpv: ['72212730', '48730000', '72820000'],
    related: ['cybersecurity'],
  },
  {
    id: 'cybersecurity',
    terms: {
      fr: ['cybersécurité', 'cyber sécurité', 'sécurité informatique', "sécurité des systèmes d'information", 'sécurité numérique', "sécurité de l'information", 'cyber', 'sécurité des SI', "sécurité des systèmes d'information et des réseaux", 'sécurité informatique des entreprises', 'cybersécurité des systèmes', 'sécurité cyber', 'protection informatique', 'sécurité IT', 'sécurité des systèmes informatiques', 'sécurité des systèmes numériques', 'sécurité informatique et réseaux', 'protection des systèmes informatiques', "sécurisation des systèmes d'information", 'sécurisation informatique', 'expert cybersécurité', 'expertise cybersécurité', 'prestations de cybersécurité', 'services de cybersécurité', "sécurité des technologies de l'information", 'durcissement des systèmes', 'durcissement informatique', 'durcissement de configuration', 'cybersécurité des entreprises', 'sécurité des SIC'],
      en: ['cybersecurity', 'cyber security', 'IT security', 'information security', 'infosec', 'information systems security', 'digital security', 'computer security', 'cybersecurity services', 'cyber security services', 'security of information systems', 'ICT security', 'information assurance', 'IT/OT security', 'cyber-security consulting', 'cybersecurity expertise', 'cybersecurity company', 'cybersecurity firm', 'cybersecurity provider', 'securing information systems', 'computer systems security', 'network and information security'],
    },
    acronyms: ['SSI'],
    cpv: ['48730000', '72212730', '72810000'],
  },
  {
    id: 'lid',
    terms: {
      fr: ['lutte informatique défensive', 'défense informatique', "défense des systèmes d'information", "protection des systèmes d'information", 'lutte défensive', 'défense des réseaux', 'protection des réseaux informatiques', 'défense active', 'lutte informatique de défense', 'cyberdéfense active', 'défense cyber active', 'opérations défensives cyber', 'lutte défensive informatique', "protection et défense des systèmes d'information", 'défense en profondeur', 'défense des SI', 'protection des SI', 'défense des infrastructures numériques', 'équipe de défense cyber', 'cyberdéfense opérationnelle'],
      en: ['defensive cyber operations', 'defensive cyber warfare', 'computer network defence', 'computer network defense', 'cyber defensive operations', 'defensive cyber', 'network defence', 'network defense', 'active cyber defence', 'active cyber defense', 'cyber protection team', 'defensive cyberspace operations', 'cyber defence team', 'cyber defense team', 'network defence operations', 'defence in depth', 'defense in depth', 'blue team', 'blue teaming', 'computer network defence service'],
    },
    acronyms: ['LID', 'DCO'],
    cpv: ['48730000', '72212730', '72820000'],
    related: ['cyber-defence'],
  },
  {
    id: 'lio',
    terms: {
      fr: ['lutte informatique offensive', 'cyber offensif', 'opérations cyber offensives', 'lutte offensive', 'cyberoffensive', 'opérations informatiques offensives', 'capacités cyber offensives', 'cyberarmes', 'opérations offensives dans le cyberespace', 'cyber offensive', 'capacités offensives cyber', "développement d'exploits", "recherche d'exploits", 'exploits zero-day', 'effets cyber', 'neutralisation informatique', 'attaque informatique', 'cyberarmement', 'outils cyber offensifs', 'intrusion offensive', 'lutte informatique offensive militaire'],
      en: ['offensive cyber operations', 'offensive cyber', 'computer network operations', 'computer network attack', 'computer network exploitation', 'offensive cyber capabilities', 'cyber weapons', 'cyberweapon', 'offensive cyberspace operations', 'cyber effects', 'exploit development', 'zero-day exploits', 'offensive cyber effects', 'cyber attack capabilities', 'offensive hacking', 'cyber effects operations', 'offensive cyber tools', 'implant development', 'computer network attack capabilities', 'offensive cyberspace'],
    },
    acronyms: ['LIO', 'OCO', 'CNO', 'CNA', 'CNE'],
    cpv: ['73426000', '72212730'],
    related: ['cyber-defence'],
  },
  {
    id: 'l2i',
    terms: {
      fr: ["lutte informatique d'influence", 'lutte contre la désinformation', "manipulation de l'information", 'guerre informationnelle', "guerre de l'information", "opérations d'influence", 'désinformation', 'ingérence numérique étrangère', "lutte contre les manipulations de l'information", 'contre-influence', 'opérations informationnelles', 'guerre cognitive', 'infox', 'fausses informations', 'manipulation informationnelle', 'lutte contre les ingérences numériques étrangères', 'ingérence étrangère', 'campagnes de désinformation', 'détection de la désinformation', 'détection des fausses informations', 'vérification des faits', 'fact-checking', 'hypertrucage', 'détection de deepfakes', 'opérations psychologiques', 'guerre psychologique', 'actions psychologiques', 'influence numérique', 'analyse des narratifs', 'contre-discours', 'fermes à trolls', 'comportements inauthentiques', 'propagande', 'contre-propagande', 'guerre hybride', 'menaces hybrides', "stratégie d'influence", "opérations d'information", "manipulation de l'information en ligne", 'lutte contre les manipulations informationnelles', 'ingérences numériques', 'communication stratégique'],
      en: ['information warfare', 'influence operations', 'disinformation', 'counter-disinformation', 'information manipulation', 'foreign information manipulation and interference', 'information operations', 'cognitive warfare', 'fake news', 'psychological operations', 'misinformation', 'counter-influence', 'deepfake detection'],
    },
    acronyms: ['L2I', 'FIMI', 'VIGINUM', 'PSYOPS', 'MISO'],
    cpv: ['72316000', '35720000'],
    related: ['cyber-defence', 'osint'],
  },
  {
    id: 'soc',
    terms: {
      fr: ['centre opérationnel de sécurité', 'centre des opérations de sécurité', 'supervision de sécurité', 'supervision de la sécurité', 'détection des incidents', "détection d'incidents de sécurité", 'surveillance de sécurité', 'supervision cyber', "corrélation d'événements", 'détection et réponse', 'surveillance cyber', 'supervision cybersécurité', 'supervision SSI', 'cybersurveillance', 'centre de supervision de la sécurité', 'gestion des journaux', 'collecte de logs', 'analyse de logs', 'centre de sécurité opérationnel', 'supervision de la sécurité informatique', 'supervision des événements de sécurité', 'gestion des événements de sécurité', 'gestion des informations et des événements de sécurité', 'détection des cyberattaques', 'analyste SOC', 'opérateur SOC', 'plateforme SIEM', 'collecte et corrélation de logs', 'journalisation de sécurité', 'analyse des journaux', 'orchestration de la sécurité', 'automatisation de la réponse', "surveillance des systèmes d'information", 'veille sécurité opérationnelle', 'règles de détection'],
      en: ['security operations centre', 'security operations center', 'security monitoring', 'security information and event management', 'log management', 'event correlation', 'detection and response', 'security event monitoring', 'log analysis', 'SOC analyst', 'SOC operations', 'SIEM platform', 'security orchestration, automation and response', 'security orchestration', 'security event management', 'security information management'],
    },
    acronyms: ['SOC', 'SIEM', 'PDIS', 'SOAR'],
    cpv: ['72250000', '48730000', '79714000'],
    related: ['cybersecurity'],
  },
  {
    id: 'managed-security',
    terms: {
      fr: ['SOC managé', 'SOC externalisé', 'services de sécurité managés', 'sécurité managée', 'supervision de sécurité externalisée', 'surveillance 24h/24', 'veille sécurité 24/7', 'détection et réponse managées', 'prestataire de détection des incidents de sécurité', 'SOC en mode service', 'supervision managée', 'sécurité externalisée', 'services de cybersécurité managés', 'cybersécurité managée', 'cybersécurité en mode service', 'prestataire de services de sécurité managés', 'surveillance 24/7', 'supervision 24/7', 'SOC mutualisé', 'EDR managé', 'pare-feu managé', 'sécurité gérée', 'externalisation de la sécurité', 'externalisation du SOC', 'infogérance sécurité', 'détection managée', 'SOC externe'],
      en: ['managed detection and response', 'managed security services', 'managed security service provider', 'managed SOC', '24/7 security monitoring', 'managed security', 'outsourced security monitoring', 'security monitoring service', 'round-the-clock monitoring', 'SOC-as-a-service', 'security as a service', 'managed EDR', 'managed firewall', 'managed cybersecurity services', 'managed detection', 'MDR services', 'managed SIEM', 'managed XDR', 'outsourced SOC', 'managed threat hunting', 'security outsourcing', 'managed security operations', 'co-managed SOC', 'shared SOC', '24x7 security monitoring', '24x7 monitoring', 'SOC services', 'managed security provider'],
    },
    acronyms: ['MDR', 'MSSP', 'MSP'],
    cpv: ['72250000', '48730000', '79714000'],
    related: ['soc'],
  },
  {
    id: 'incident-response',
    terms: {
      fr: ['réponse à incident', 'réponse aux incidents', 'gestion des incidents de sécurité', 'traitement des incidents', 'gestion de crise cyber', 'remédiation', 'réponse à incident cyber', 'équipe de réponse à incident', 'réponse aux cyberattaques', 'gestion des cyberincidents', 'levée de doute cyber', "gestion d'incidents cyber", 'réaction aux incidents', 'intervention sur incident', 'cellule de crise cyber', 'réponse aux incidents de sécurité', 'investigation sur incident', 'intervention après cyberattaque', 'reconstruction après cyberattaque', 'remédiation après compromission', 'remédiation cyber', 'assistance en cas de cyberattaque', 'assistance à la réponse aux incidents', 'équipe CERT', 'équipe de réponse aux urgences informatiques', 'centre de réponse aux incidents', 'réponse à une attaque par rançongiciel', 'prestataire de réponse aux incidents de sécurité', 'prestataire de réponse aux incidents', 'cyber-remédiation', "endiguement d'incident", 'réponse aux rançongiciels'],
      en: ['incident response', 'computer emergency response team', 'computer security incident response team', 'cyber incident response', 'incident handling', 'remediation', 'cyber crisis management', 'incident response services', 'cyber incident handling', 'breach response', 'cyber incident management', 'compromise assessment', 'incident responder', 'emergency incident response', 'incident response retainer', 'cyber incident remediation', 'post-breach remediation', 'containment and eradication', 'security incident management', 'security incident response'],
    },
    acronyms: ['CERT', 'CSIRT', 'PRIS', 'CERT-FR', 'CIRT'],
    cpv: ['72250000', '48730000', '72251000'],
    related: ['soc'],
  },
  {
    id: 'security-audit',
    terms: {
      fr: ["test d'intrusion", 'pentest', 'audit de sécurité', 'audit de code', "audit d'architecture", 'audit de configuration', 'audit organisationnel et physique', 'red team', 'audit cyber', 'test de pénétration', 'audit technique de sécurité', "prestataire d'audit de la sécurité des systèmes d'information", 'audit SSI', 'sécurité offensive', "audit de sécurité des systèmes d'information", 'pentest applicatif', 'audit de sécurité applicatif', 'audit de sécurité informatique', 'audit de cybersécurité', 'audit de sécurité réseau', "audit d'intrusion", 'audit offensif', 'équipe rouge', 'exercice red team', "simulation d'adversaire", 'hacking éthique', 'piratage éthique', 'hacker éthique', 'audit de sécurité web', 'audit Active Directory', 'audit de code source', 'revue de code sécurité'],
      en: ['penetration testing', 'pen test', 'security audit', 'security assessment', 'red teaming', 'ethical hacking', 'security code review', 'cyber audit', 'purple team', 'bug bounty', 'intrusion testing', 'security auditing', 'pentesting', 'offensive security', 'IT security audit'],
    },
    acronyms: ['PASSI', 'VAPT'],
    cpv: ['72810000', '72820000', '79212000'],
    related: ['cybersecurity'],
  },
  {
    id: 'security-evaluation',
    terms: {
      fr: ['évaluation de sécurité', "centre d'évaluation de la sécurité des technologies de l'information", "laboratoire d'évaluation de sécurité", "laboratoire d'évaluation", 'évaluation Critères Communs', 'évaluation CSPN', 'fuzzing de logiciels', 'test de robustesse', 'test de robustesse logicielle', 'robustesse logicielle', 'tests de sécurité logicielle', 'évaluation de produits de sécurité', 'test par fuzzing', 'évaluation de la sécurité', 'Critères Communs', 'certification de sécurité', 'évaluation sécuritaire', 'visa de sécurité', 'visa de sécurité ANSSI', 'laboratoire CESTI', 'évaluation de robustesse', 'évaluation de composants sécurisés', 'analyse de robustesse', 'injection de fautes', 'évaluation de la sécurité matérielle', 'évaluation de sécurité des produits', "niveau d'assurance d'évaluation"],
      en: ['security evaluation', 'security evaluation laboratory', 'security evaluation facility', 'product security evaluation', 'Common Criteria evaluation', 'Common Criteria', 'fuzz testing', 'fuzzing', 'robustness testing', 'software robustness testing', 'security testing', 'robustness test', 'security certification', 'hardware security evaluation', 'fault injection', 'evaluation assurance level', 'FIPS 140', 'FIPS 140-2'],
    },
    acronyms: ['CESTI', 'ITSEF', 'EAL'],
    cpv: ['72820000', '72810000', '72800000'],
    related: ['security-audit', 'security-software'],
  },
  {
    id: 'vulnerability-management',
    terms: {
      fr: ['gestion des vulnérabilités', 'scan de vulnérabilités', 'recherche de vulnérabilités', 'veille vulnérabilités', 'correctifs de sécurité', 'gestion des correctifs', 'analyse de vulnérabilités', 'recherche de failles', 'détection de vulnérabilités', 'scanner de vulnérabilités', 'gestion des failles', 'test de vulnérabilité', "surface d'attaque", 'divulgation de vulnérabilités', 'gestion des correctifs de sécurité', 'gestion des mises à jour de sécurité', 'application des correctifs', 'scan de vulnérabilité', 'balayage de vulnérabilités', 'audit de vulnérabilités', 'évaluation des vulnérabilités', 'recherche de vulnérabilités zero-day', 'veille CVE', "cartographie de la surface d'attaque", "gestion de la surface d'attaque", 'gestion des expositions', 'programme de bug bounty', 'traitement des vulnérabilités', 'remédiation des vulnérabilités', 'priorisation des vulnérabilités', 'failles de sécurité', 'vulnérabilités logicielles'],
      en: ['vulnerability management', 'vulnerability scanning', 'vulnerability assessment', 'vulnerability research', 'patch management', 'security patching', 'attack surface management', 'vulnerability detection', 'exploit research', 'vulnerability scanner', 'vulnerability testing', 'zero-day research', 'exposure management', 'vulnerability disclosure', 'vulnerability remediation', 'vulnerability prioritization', 'vulnerability prioritisation', 'security updates management', 'patching', 'vulnerability analysis', 'attack surface mapping', 'external attack surface management', 'vulnerability watch', 'CVE monitoring', 'software vulnerabilities'],
    },
    acronyms: ['CVE', 'EASM', 'CVSS'],
    cpv: ['72820000', '48730000'],
    related: ['security-audit'],
  },
  {
    id: 'security-software',
    terms: {
      fr: ['logiciel de sécurité', 'solution de cybersécurité', 'produit de cybersécurité', 'antivirus', 'anti-malware', 'produit de sécurité', 'produit qualifié', 'certification CSPN', 'protection des postes de travail', 'détection et réponse sur les terminaux', 'éditeur de cybersécurité', 'logiciel de cybersécurité', 'outil de cybersécurité', 'protection des terminaux', 'solution de sécurité informatique', 'logiciel antivirus', 'anti-logiciels malveillants', 'protection contre les logiciels malveillants', 'protection antivirale', 'sécurité des postes de travail', 'sécurité des terminaux', 'solution EDR', 'solution XDR', 'protection des endpoints', 'éditeur de logiciels de sécurité', 'outil de sécurité', 'produit de sécurité qualifié', 'produit qualifié ANSSI', 'suite de sécurité', 'protection contre les rançongiciels', 'anti-rançongiciel', 'logiciel de cybersécurité souverain', 'sécurité de la messagerie', 'filtrage antispam', 'protection de la messagerie'],
      en: ['security software', 'cybersecurity product', 'cybersecurity solution', 'anti-virus', 'endpoint protection', 'endpoint detection and response', 'extended detection and response', 'malware protection', 'security product', 'cybersecurity software', 'security tools', 'cyber security software', 'endpoint security', 'antivirus software', 'antimalware', 'anti-ransomware', 'ransomware protection', 'endpoint detection', 'EDR solution', 'XDR platform'],
    },
    acronyms: ['EDR', 'XDR', 'CSPN', 'EPP', 'MTD'],
    cpv: ['48730000', '48760000', '48761000', '72212730'],
    related: ['cybersecurity'],
  },
  {
    id: 'encryption',
    terms: {
      fr: ['chiffrement', 'chiffreur', 'cryptographie', 'cryptologie', 'crypto', 'cryptographie post-quantique', 'chiffreur IP', 'cryptographie embarquée', 'algorithme cryptographique', 'cryptanalyse', 'chiffrement de bout en bout', 'cryptage', 'module cryptographique', 'équipement de chiffrement', 'chiffrement homomorphe', 'chiffrement des données', 'chiffrement des communications', 'chiffrement matériel', 'chiffrement logiciel', 'chiffrement IP', 'chiffreur de liens', 'chiffreur de liaison', 'chiffreur Ethernet', 'équipement cryptographique', 'produit de chiffrement', 'solution de chiffrement', 'algorithmes de chiffrement', 'cryptographie appliquée', 'cryptographie asymétrique', 'cryptographie symétrique', 'cryptographie légère', 'chiffrement de disque', 'chiffrement de fichiers', 'chiffreur Diffusion Restreinte', 'crypto-agilité', 'cryptographe', 'cryptologue', 'chiffrement réseau', 'moyens de chiffrement', 'cryptographie souveraine', 'conception cryptographique'],
      en: ['encryption', 'cryptography', 'encryptor', 'cryptology', 'post-quantum cryptography', 'IP encryptor', 'cryptographic algorithm', 'cryptanalysis', 'end-to-end encryption', 'cipher', 'link encryptor', 'applied cryptography', 'software cryptography', 'cryptographic module', 'encryption device'],
    },
    acronyms: ['PQC', 'AES', 'HAIPE'],
    cpv: ['48732000', '72212732', '48730000'],
    related: ['cybersecurity'],
  },
  {
    id: 'hsm-pki',
    terms: {
      fr: ['module matériel de sécurité', 'gestion des clés', 'infrastructure de gestion de clés', 'certificat électronique', 'signature électronique', 'infrastructure à clés publiques', 'élément sécurisé', 'carte à puce', 'gestion des certificats', 'coffre-fort de clés', 'certificat numérique', 'signature numérique', 'autorité de certification', 'gestion de clés cryptographiques', 'gestion des clés de chiffrement', 'certificats X.509', "autorité d'horodatage", 'horodatage électronique', 'cachet électronique', "jeton d'authentification", 'token cryptographique', 'clé USB cryptographique', 'module de sécurité matériel', 'boîtier HSM', 'distribution de clés', 'génération de clés', 'racine de confiance', 'services de confiance', 'prestataire de services de confiance', 'module TPM', 'carte à puce sécurisée', 'infrastructure de confiance', 'signature électronique qualifiée', 'parapheur électronique'],
      en: ['hardware security module', 'key management', 'public key infrastructure', 'digital certificate', 'electronic signature', 'digital signature', 'secure element', 'smart card', 'trusted platform module', 'certificate management', 'key vault', 'certificate authority', 'timestamping', 'cryptographic key management', 'encryption key management', 'key distribution', 'key generation'],
    },
    acronyms: ['HSM', 'PKI', 'IGC', 'TPM', 'eIDAS', 'KMS', 'QTSP', 'PSCE'],
    cpv: ['48732000', '48730000', '72212732'],
    related: ['encryption'],
  },
  {
    id: 'secure-network',
    terms: {
      fr: ['réseau sécurisé', 'réseau durci', 'réseau classifié', 'réseau privé virtuel', 'sécurité réseau', 'sécurité des réseaux', 'interconnexion sécurisée', 'réseau de défense', 'réseau Diffusion Restreinte', 'architecture réseau durcie', 'architecture réseau sécurisée', 'réseau tactique sécurisé', 'infrastructure réseau sécurisée', 'réseau chiffré', 'sécurisation des réseaux', 'réseau souverain', 'réseau protégé', 'réseau privé sécurisé', 'VPN chiffré', 'VPN IPsec', 'tunnel chiffré', 'tunnel VPN', 'réseau militaire sécurisé', 'réseau de défense sécurisé', 'réseau isolé', 'architecture de sécurité réseau', 'sécurité des infrastructures réseau', 'sécurité des réseaux informatiques', 'sécurité des réseaux et télécoms', 'réseau DR', 'réseau Secret Défense', 'réseau classifié de défense', 'accès distant sécurisé', 'télétravail sécurisé', 'réseau de confiance', 'SD-WAN sécurisé', 'réseau informatique sécurisé'],
      en: ['secure network', 'hardened network', 'classified network', 'virtual private network', 'network security', 'secure interconnection', 'secure network architecture', 'hardened network architecture', 'rugged network', 'ruggedised network', 'ruggedized network', 'encrypted network', 'securing networks', 'IPsec', 'secure private network', 'encrypted tunnel', 'VPN tunnel', 'IPsec VPN', 'SSL VPN', 'secure remote access'],
    },
    acronyms: ['VPN', 'ZTNA', 'SASE'],
    cpv: ['72700000', '48730000', '32400000'],
    related: ['cybersecurity'],
  },
  {
    id: 'network-protection',
    terms: {
      fr: ['diode de données', 'diode réseau', 'cloisonnement réseau', 'segmentation réseau', 'pare-feu', 'passerelle sécurisée', 'segmentation', 'micro-segmentation', 'cloisonnement', 'filtrage réseau', "passerelle d'interconnexion", 'protection périmétrique réseau', 'station blanche', 'durcissement réseau', 'parefeu', 'passerelle unidirectionnelle', 'pare-feu nouvelle génération', 'pare-feu applicatif', 'passerelle de filtrage', 'passerelle multi-niveaux', 'passerelle inter-domaines', 'solution inter-domaines', 'échange inter-domaines', 'transfert unidirectionnel', 'isolation réseau', 'réseau cloisonné', 'proxy sécurisé', 'filtrage web', 'filtrage URL', 'filtrage de contenu', 'zone démilitarisée', 'protection contre les dénis de service', 'anti-DDoS', 'protection anti-DDoS', 'filtrage des flux'],
      en: ['data diode', 'cross-domain solution', 'secure gateway', 'network segmentation', 'firewall', 'next-generation firewall', 'air gap', 'microsegmentation', 'network filtering', 'web application firewall', 'network perimeter security', 'USB decontamination station', 'network hardening'],
    },
    acronyms: ['NGFW', 'WAF', 'CDS', 'DMZ', 'SWG'],
    cpv: ['72700000', '48730000', '32400000'],
    related: ['secure-network', 'intrusion-detection'],
  },
  {
    id: 'intrusion-detection',
    terms: {
      fr: ['sonde de détection', 'sonde réseau', "détection d'intrusion", "système de détection d'intrusion", "prévention d'intrusion", 'sonde qualifiée', 'sonde de sécurité', 'analyse du trafic réseau', 'détection des intrusions', 'sonde IDS', "détection d'anomalies", 'analyse comportementale', "sonde de détection d'intrusion", "détection d'intrusions réseau", 'analyse des flux réseau', 'détection des comportements anormaux', "détection d'anomalies réseau", 'détection des attaques réseau', "système de prévention d'intrusion", "système de détection et de prévention d'intrusion", 'pot de miel', 'analyse comportementale des utilisateurs', 'sonde de détection souveraine'],
      en: ['intrusion detection', 'intrusion detection system', 'intrusion prevention', 'intrusion prevention system', 'network detection and response', 'network probe', 'network traffic analysis', 'network sensor', 'network intrusion detection', 'anomaly detection', 'behavioural analytics', 'behavioral analytics', 'network security monitoring', 'intrusion detection and prevention', 'network flow analysis', 'NetFlow analysis', 'network anomaly detection', 'honeypot', 'honeynet', 'deception technology', 'cyber deception', 'host-based intrusion detection'],
    },
    acronyms: ['IDS', 'IPS', 'NDR', 'NIDS', 'DPI', 'HIDS', 'IDPS', 'UEBA'],
    cpv: ['48730000', '72212730'],
    related: ['soc'],
  },
  {
    id: 'forensics',
    terms: {
      fr: ['investigation numérique', 'inforensique', 'forensique', 'analyse forensique', 'criminalistique numérique', 'analyse post-mortem', 'analyse de malware', 'analyse de codes malveillants', 'rétro-ingénierie de logiciels malveillants', 'preuve numérique', 'investigation informatique', 'analyse de logiciels malveillants', 'informatique légale', 'expertise judiciaire informatique', 'criminalistique informatique', 'analyse mémoire', 'investigation numérique légale', 'analyse forensic', 'investigation post-incident', 'analyse post-incident', 'analyse de compromission', 'recherche de compromission', 'analyse de disque', 'analyse de supports numériques', 'extraction de données de téléphones', 'extraction de données mobiles', 'expertise informatique légale', 'copie forensique', 'acquisition forensique', 'analyse de binaires', 'analyse de rançongiciels', "laboratoire d'investigation numérique", 'preuves numériques', 'analyse de maliciels', 'investigation cyber'],
      en: ['digital forensics', 'forensics', 'computer forensics', 'forensic analysis', 'malware analysis', 'malware reverse engineering', 'digital evidence', 'memory forensics', 'incident forensics', 'forensic investigation', 'forensic examination', 'mobile forensics', 'cyber forensics', 'digital forensic investigation', 'forensic acquisition', 'disk forensics', 'network forensics', 'cloud forensics', 'mobile device forensics', 'smartphone forensics', 'forensic data extraction'],
    },
    acronyms: ['DFIR'],
    cpv: ['79720000', '72810000'],
    related: ['incident-response'],
  },
  {
    id: 'threat-intelligence',
    terms: {
      fr: ['renseignement sur la menace', 'renseignement sur les menaces', 'renseignement cyber', 'veille cyber', 'veille sur les menaces', 'analyse de la menace', 'chasse aux menaces', 'menace cyber', 'cybermenace', 'veille sur la menace cyber', 'analyse des menaces cyber', 'renseignement sur les cybermenaces', 'veille sur les cybermenaces', 'chasse aux cybermenaces', 'analyse de la cybermenace', 'renseignement sur les menaces cyber', 'cartographie de la menace', 'état de la menace', "suivi des groupes d'attaquants", 'profilage des attaquants', 'modes opératoires des attaquants', 'indicateurs de compromission', 'marqueurs de compromission', 'surveillance du dark web', 'veille dark web', 'traque des menaces', 'surveillance des fuites de données', 'veille sur les fuites de données', 'renseignement sur les attaquants', 'menaces persistantes avancées', 'flux de renseignement sur les menaces'],
      en: ['threat intelligence', 'cyber threat intelligence', 'threat hunting', 'threat analysis', 'cyber threat', 'threat landscape', 'indicators of compromise', 'threat intelligence platform', 'cyber threat analysis', 'threat intel', 'threat feeds', 'threat research', 'adversary intelligence', 'dark web monitoring', 'dark web intelligence', 'deep and dark web monitoring', 'cyber threat hunting', 'adversary tracking', 'threat actor tracking', 'threat actor profiling', 'APT tracking', 'advanced persistent threat', 'tactics, techniques and procedures'],
    },
    acronyms: ['CTI', 'IOC', 'APT', 'TTP', 'MISP', 'STIX'],
    cpv: ['72316000', '48730000'],
    related: ['cybersecurity', 'intelligence'],
  },
  {
    id: 'cyber-range',
    terms: {
      fr: ['cyber range', 'champ de tir cyber', 'entraînement cyber', 'exercice cyber', 'exercice de crise cyber', "simulation d'attaques", "plateforme d'entraînement cyber", 'simulation de cyberattaques', "environnement d'entraînement cyber", 'exercice de cyberdéfense', 'entraînement à la cyberdéfense', 'plateforme de cyber-entraînement', 'cyber-entraînement', 'simulation de crise cyber', 'champ de tir numérique', 'entraînement cyber opérationnel', 'exercice de cyberattaque', 'compétition de hacking', 'émulation de réseaux'],
      en: ['cyber exercise', 'capture the flag', 'attack simulation', 'cyber range platform', 'cyber training range', 'cyber exercise platform', 'cyber defence exercise', 'cyber wargame', 'cyber training platform', 'cyber crisis exercise', 'cyber crisis simulation', 'blue team exercise', 'cyber test range', 'hacking competition', 'CTF competition', 'network emulation'],
    },
    acronyms: ['CTF'],
    cpv: ['80660000', '80533100', '80510000'],
    related: ['cyber-defence'],
  },
  {
    id: 'cyber-training',
    terms: {
      fr: ['formation en cybersécurité', 'formation cybersécurité', 'formation à la cybersécurité', 'sensibilisation à la cybersécurité', 'sensibilisation cyber', 'formation cyber', 'formation SSI', 'sensibilisation SSI', 'sensibilisation au phishing', 'formation des RSSI', 'formation aux bonnes pratiques cyber', 'hygiène informatique', 'hygiène numérique', 'formation aux risques cyber', 'campagne de phishing', 'formation des analystes SOC', 'formation à la sécurité informatique', 'sensibilisation à la sécurité informatique', 'sensibilisation aux risques cyber', 'sensibilisation des utilisateurs à la cybersécurité', "sensibilisation à l'hameçonnage", 'formation certifiante cybersécurité', 'cursus cybersécurité', 'montée en compétences cyber', 'académie cyber', 'école cyber', 'formation aux métiers de la cybersécurité', 'e-learning cybersécurité', 'formation des experts cyber'],
      en: ['cyber training', 'security awareness training', 'cybersecurity training', 'cyber awareness', 'phishing simulation', 'cyber awareness training', 'cybersecurity awareness', 'cyber skills training', 'security training', 'cyber hygiene', 'phishing awareness', 'ethical hacking training', 'SOC analyst training', 'cybersecurity education', 'cybersecurity courses', 'security awareness', 'security awareness program', 'information security training', 'information security awareness', 'phishing training', 'cyber academy', 'cyber skills', 'cyber workforce development', 'cybersecurity upskilling'],
    },
    cpv: ['80533100', '80510000'],
    related: ['cyber-range', 'cybersecurity'],
  },
  {
    id: 'iam',
    terms: {
      fr: ['gestion des identités', 'gestion des accès', 'authentification forte', 'authentification multifacteur', "contrôle d'accès logique", 'gestion des identités et des accès', 'confiance zéro', 'authentification', 'gestion des habilitations informatiques', 'gestion des comptes à privilèges', 'authentification multi-facteurs', 'double authentification', 'authentification à deux facteurs', "fédération d'identités", 'gestion des identités numériques', 'identité numérique', 'gestion des accès à privilèges', "bastion d'administration", 'bastion de sécurité', 'authentification unique', 'annuaire LDAP', 'gestion des annuaires', 'architecture zéro confiance', 'sécurité zero trust', "gestion des droits d'accès", 'gestion des habilitations', 'provisionnement des comptes', 'authentification sans mot de passe', 'clé de sécurité FIDO', 'gestion des mots de passe', 'coffre-fort de mots de passe', 'gestion des comptes à privilège', 'authentification renforcée'],
      en: ['identity and access management', 'identity management', 'access management', 'strong authentication', 'multi-factor authentication', 'privileged access management', 'zero trust', 'single sign-on', 'authentication', 'privileged account management', 'two-factor authentication', 'identity federation', 'identity governance', 'privileged access', 'identity governance and administration'],
    },
    acronyms: ['IAM', 'MFA', 'SSO', '2FA', 'IGA', 'RBAC', 'ABAC', 'LDAP', 'FIDO2'],
    cpv: ['48730000', '72212730'],
    related: ['cybersecurity'],
  },
  {
    id: 'data-protection',
    terms: {
      fr: ['protection des données', 'sécurité des données', 'prévention des fuites de données', 'confidentialité des données', 'RGPD', 'données personnelles', 'souveraineté des données', 'classification des données', 'coffre-fort numérique', 'coffre-fort électronique', 'stockage sécurisé', 'partage sécurisé de fichiers', 'échange sécurisé de fichiers', 'anonymisation', 'protection des données personnelles', 'délégué à la protection des données', 'pseudonymisation', 'anonymisation des données', 'fuite de données', 'prévention de la perte de données', "classification de l'information", 'protection des informations sensibles', 'données sensibles', 'effacement sécurisé', 'effacement sécurisé des données', 'destruction sécurisée des données', 'transfert sécurisé de fichiers', 'protection de la vie privée', 'confidentialité des informations', "analyse d'impact relative à la protection des données"],
      en: ['data protection', 'data security', 'data loss prevention', 'data privacy', 'GDPR', 'personal data', 'data sovereignty', 'data classification', 'digital vault', 'secure storage', 'secure file sharing', 'secure file transfer', 'digital safe', 'electronic vault', 'secure vault', 'electronic safe', 'data protection officer', 'pseudonymization', 'data anonymisation', 'data anonymization'],
    },
    acronyms: ['DLP', 'DPO', 'DPIA', 'AIPD', 'MFT'],
    cpv: ['48732000', '72212732'],
    related: ['cybersecurity'],
  },
  {
    id: 'backup-recovery',
    terms: {
      fr: ['sauvegarde', 'sauvegarde des données', "plan de continuité d'activité", "plan de reprise d'activité", "continuité d'activité", "reprise d'activité", 'archivage électronique', 'restauration des données', 'sauvegarde externalisée', 'restauration après sinistre', 'réplication de données', 'archivage numérique', 'reprise après sinistre', 'résilience informatique', 'sauvegarde et restauration', 'solution de sauvegarde', 'sauvegarde informatique', 'sauvegarde en ligne', 'sauvegarde cloud', 'sauvegarde hors site', 'sauvegarde immuable', 'site de secours', 'secours informatique', 'reprise après incident', 'archivage à valeur probante', 'archivage sécurisé', 'récupération de données', 'haute disponibilité', 'redondance des données', 'plan de continuité informatique', 'continuité de service informatique'],
      en: ['backup', 'data backup', 'business continuity', 'disaster recovery', 'business continuity plan', 'disaster recovery plan', 'data recovery', 'electronic archiving', 'backup and recovery', 'offsite backup', 'data replication', 'cloud backup', 'IT resilience', 'disaster recovery as a service', 'backup and restore', 'backup solution', 'immutable backup', 'backup as a service', 'disaster recovery site', 'business continuity management', 'high availability', 'failover', 'data archiving'],
    },
    acronyms: ['PRA', 'PCA', 'BCP', 'DRaaS', 'BCM'],
    cpv: ['48710000', '72251000', '72252000'],
    related: ['cybersecurity'],
  },
  {
    id: 'ot-security',
    terms: {
      fr: ['sécurité des systèmes industriels', 'cybersécurité industrielle', 'sécurité OT', 'sécurité des systèmes de contrôle industriels', 'sécurité SCADA', 'cybersécurité des systèmes industriels', 'sécurité des automates', 'cybersécurité OT', 'cybersécurité des automates', 'sécurité des réseaux industriels', "sécurité de l'informatique industrielle", 'cybersécurité des infrastructures critiques', 'cybersécurité des réseaux industriels', 'cybersécurité des systèmes de contrôle industriels', 'sécurité des systèmes de contrôle-commande', 'cybersécurité du contrôle-commande', 'sécurité ICS', 'cybersécurité SCADA', 'cybersécurité ICS', 'cybersécurité des installations industrielles', 'cybersécurité des infrastructures vitales', 'cybersécurité maritime', 'cybersécurité des navires', 'cybersécurité portuaire', 'cybersécurité des systèmes cyber-physiques'],
      en: ['OT security', 'ICS security', 'industrial control system security', 'SCADA security', 'operational technology security', 'industrial cybersecurity', 'ICS cybersecurity', 'SCADA cybersecurity', 'industrial network security', 'PLC security', 'critical infrastructure security', 'OT cybersecurity', 'IEC 62443', 'OT/ICS security', 'ICS/SCADA security', 'industrial control systems cybersecurity', 'OT network security', 'IACS security', 'industrial automation security', 'cyber-physical systems security', 'maritime cybersecurity', 'ship cybersecurity', 'port cybersecurity', 'maritime cyber security'],
    },
    acronyms: ['IACS'],
    cpv: ['48150000', '48730000'],
    related: ['industrial-automation', 'cybersecurity'],
  },
  {
    id: 'emsec',
    terms: {
      fr: ['compromission électromagnétique', 'signaux parasites compromettants', 'signaux compromettants', 'sécurité des émissions', 'zonage TEMPEST', 'protection TEMPEST', 'équipement TEMPEST', 'protection contre les signaux compromettants', 'rayonnements compromettants', 'émanations compromettantes', 'zonage SPC', 'protection contre les émanations', 'mesures TEMPEST', 'essais TEMPEST', 'tests TEMPEST', 'certification TEMPEST', 'matériel TEMPEST', 'poste TEMPEST', 'ordinateur TEMPEST', 'zonage électromagnétique', 'zone TEMPEST', 'séparation rouge/noir', 'émissions compromettantes', 'fuites électromagnétiques', 'canaux auxiliaires électromagnétiques', 'rayonnements parasites compromettants'],
      en: ['emission security', 'compromising emanations', 'emanation security', 'TEMPEST testing', 'TEMPEST equipment', 'TEMPEST protection', 'TEMPEST certified', 'TEMPEST zoning', 'SDIP-27', 'red/black separation', 'TEMPEST compliance', 'TEMPEST-approved', 'TEMPEST shielding', 'TEMPEST measurements', 'electromagnetic emanations', 'electromagnetic leakage', 'compromising emissions', 'NATO SDIP-27', 'TEMPEST zone'],
    },
    acronyms: ['TEMPEST', 'EMSEC', 'SPC'],
    cpv: ['71632000', '38430000', '35700000'],
    related: ['emc'],
  },
  {
    id: 'security-governance',
    terms: {
      fr: ['gouvernance SSI', 'homologation de sécurité', 'analyse de risques cyber', 'analyse de risques SSI', 'politique de sécurité', 'conformité NIS 2', "système de management de la sécurité de l'information", 'conseil en cybersécurité', 'ISO 27001', 'IGI 1300', 'conformité cyber', 'gouvernance de la sécurité', 'gouvernance cyber', 'gouvernance de la cybersécurité', 'gestion des risques cyber', 'gestion des risques SSI', 'analyse de risques EBIOS', 'EBIOS Risk Manager', "politique de sécurité des systèmes d'information", 'RSSI externalisé', 'RSSI à temps partagé', "responsable de la sécurité des systèmes d'information", 'directive NIS 2', 'conseil SSI', 'consultant cybersécurité', 'conseil en sécurité informatique', "conseil en sécurité des systèmes d'information", 'accompagnement cybersécurité', 'diagnostic cybersécurité', 'évaluation de la maturité cyber'],
      en: ['security accreditation', 'cyber risk analysis', 'information security management system', 'security governance', 'NIS 2 compliance', 'security compliance', 'security policy', 'chief information security officer', 'cybersecurity consulting', 'cyber compliance', 'ISO/IEC 27001'],
    },
    acronyms: ['EBIOS', 'ISMS', 'SMSI', 'CISO', 'RSSI', 'NIS2', 'GRC', 'RGS', 'PSSI', 'vCISO', 'CMMC'],
    cpv: ['72810000', '72220000'],
    related: ['cybersecurity'],
  },
  {
    id: 'secure-communications',
    terms: {
      fr: ['communications sécurisées', 'téléphonie sécurisée', 'messagerie sécurisée', 'smartphone sécurisé', 'téléphone chiffré', 'visioconférence sécurisée', 'communications chiffrées', 'téléphonie chiffrée', 'radio chiffrée', 'messagerie chiffrée', 'communications souveraines', 'téléphone sécurisé', 'mobile sécurisé', 'communications protégées', 'liaison sécurisée', 'transmissions sécurisées', 'transmissions chiffrées', 'téléphonie mobile sécurisée', 'communications mobiles sécurisées', 'messagerie instantanée sécurisée', 'messagerie souveraine', 'visio sécurisée', 'visioconférence chiffrée', 'audioconférence sécurisée', 'voix sécurisée', 'voix chiffrée', 'poste téléphonique chiffré', 'terminal sécurisé', 'terminal chiffrant', 'téléphone Diffusion Restreinte', 'mobile Diffusion Restreinte', 'communications classifiées', 'sécurité des communications', 'sécurité des transmissions', 'terminal mobile sécurisé', 'collaboration sécurisée'],
      en: ['secure communications', 'secure mobile', 'secure messaging', 'secure voice', 'encrypted communications', 'secure smartphone', 'secure videoconferencing', 'encrypted voice', 'encrypted messaging', 'secure radio', 'sovereign communications', 'secure phone', 'secure telephony', 'encrypted phone', 'secure mobile communications', 'secure mobile phone', 'encrypted smartphone', 'secure video conferencing', 'encrypted video conferencing', 'secure collaboration', 'secure instant messaging', 'encrypted calls'],
    },
    acronyms: ['COMSEC', 'TRANSEC'],
    cpv: ['32500000', '48510000', '48730000'],
    related: ['encryption', 'telecom'],
  },
  {
    id: 'secure-engineering',
    terms: {
      fr: ['développement sécurisé', 'sécurité applicative', 'sécurité des applications', 'sécurité dès la conception', 'analyse statique de code', 'sécurité des systèmes embarqués', 'cybersécurité embarquée', 'sécurité embarquée', 'sécurité matérielle', 'démarrage sécurisé', 'attaques par canaux auxiliaires', 'développement logiciel sécurisé', 'développement de solutions de cybersécurité', 'développement de logiciels de sécurité', 'sécurité logicielle', 'sécurité du logiciel', 'codage sécurisé', 'programmation sécurisée', 'analyse de code source', 'nomenclature logicielle', 'sécurité des firmwares', 'sécurité des micrologiciels', 'sécurité du matériel', 'sécurisation des systèmes embarqués', 'durcissement logiciel', 'durcissement de systèmes embarqués', 'modélisation des menaces', 'mise à jour sécurisée', 'mise à jour à distance sécurisée', 'cycle de développement sécurisé', 'analyse de risques produit', 'cybersécurité des produits'],
      en: ['secure development', 'application security', 'secure coding', 'security by design', 'static code analysis', 'DevSecOps', 'software supply chain security', 'embedded security', 'embedded cybersecurity', 'hardware security', 'secure boot', 'side-channel attacks', 'firmware security', 'secure software engineering', 'secure software development', 'software security', 'secure by design'],
    },
    acronyms: ['SAST', 'DAST', 'SBOM', 'IAST', 'SSDLC'],
    cpv: ['72212730', '72254000', '48730000'],
    related: ['cybersecurity', 'software-development', 'embedded-software'],
  },
];
