import fc from 'fast-check';
import { CPV_REFERENCE } from '../cpv/cpv-reference';
import { DEFENCE_THESAURUS } from './defence-thesaurus';
import { FUNCTION_WORDS, findConcepts, getThesaurusConcept, normaliseTerm } from './thesaurus-lookup';

const ids = (text: string) => findConcepts(text).map((f) => f.concept.id);
const allTerms = (c: (typeof DEFENCE_THESAURUS)[number]) => [
  ...c.terms.fr,
  ...c.terms.en,
  ...(c.acronyms ?? []),
];

describe('defence thesaurus data', () => {
  const cpvCodes = new Set(CPV_REFERENCE.map((e) => e.code));

  it('has between 250 and 400 concepts with unique ids', () => {
    expect(DEFENCE_THESAURUS.length).toBeGreaterThanOrEqual(250);
    expect(DEFENCE_THESAURUS.length).toBeLessThanOrEqual(400);
    const seen = new Set<string>();
    for (const c of DEFENCE_THESAURUS) {
      expect(seen.has(c.id)).toBe(false);
      seen.add(c.id);
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('is bilingual: every concept has French and English terms', () => {
    for (const c of DEFENCE_THESAURUS) {
      expect([c.id, c.terms.fr.length > 0]).toEqual([c.id, true]);
      expect([c.id, c.terms.en.length > 0]).toEqual([c.id, true]);
    }
  });

  it('uses only CPV codes of CPV_REFERENCE, without duplicates', () => {
    for (const c of DEFENCE_THESAURUS) {
      for (const code of c.cpv) expect([c.id, code, cpvCodes.has(code)]).toEqual([c.id, code, true]);
      expect(new Set(c.cpv).size).toBe(c.cpv.length);
    }
  });

  it('gives every capability and qualifier at least one CPV code; civil concepts relate to nothing', () => {
    for (const c of DEFENCE_THESAURUS) {
      if (c.role === 'civil') expect([c.id, c.related ?? []]).toEqual([c.id, []]);
      else expect([c.id, c.cpv.length > 0]).toEqual([c.id, true]);
    }
  });

  it('has capabilities, qualifiers and civil look-alikes', () => {
    const role = (id: string) => getThesaurusConcept(id)?.role ?? 'capability';
    expect(
      ['defence-sector', 'naval', 'maritime', 'maintenance', 'mco', 'electronics', 'warship'].map(role),
    ).toEqual(Array(7).fill('qualifier'));
    expect(
      ['leisure-drone', 'fishing-sonar', 'pleasure-boat-repair', 'workwear', 'website-creation'].map(role),
    ).toEqual(Array(5).fill('civil'));
    expect(['sonar', 'uav', 'naval-mco', 'data-labelling', 'materials'].map(role)).toEqual(
      Array(5).fill('capability'),
    );
  });

  it('relates only to existing concepts, never to itself', () => {
    for (const c of DEFENCE_THESAURUS) {
      for (const r of c.related ?? []) {
        expect([c.id, r, getThesaurusConcept(r) !== undefined]).toEqual([c.id, r, true]);
        expect(r).not.toBe(c.id);
      }
    }
  });

  it('finds each of its own terms as the whole phrase, for that concept only (no term shared by two concepts)', () => {
    const wrong: string[] = [];
    for (const c of DEFENCE_THESAURUS) {
      for (const term of allTerms(c)) {
        // Function words at either end are not part of what a phrase matches (unless in capitals).
        const words = normaliseTerm(term).split(' ');
        while (words.length > 1 && FUNCTION_WORDS.has(words[0])) words.shift();
        while (words.length > 1 && FUNCTION_WORDS.has(words[words.length - 1])) words.pop();
        const whole = words.join(' ');
        const owners = findConcepts(term)
          .filter((f) => f.matched === whole || f.matched === normaliseTerm(term))
          .map((f) => f.concept.id);
        if (owners.length !== 1 || owners[0] !== c.id)
          wrong.push(`${c.id}: "${term}" → [${owners.join(', ')}]`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps each concept to one idea (at most 60 distinct terms)', () => {
    const tooMany = DEFENCE_THESAURUS.filter(
      (c) => new Set(allTerms(c).map((t) => t.toLowerCase())).size > 60,
    ).map((c) => c.id);
    expect(tooMany).toEqual([]);
  });
});

describe('normaliseTerm', () => {
  it('lowercases, strips accents and unifies apostrophes, hyphens and spaces', () => {
    expect(normaliseTerm('Sous-marins d’attaque')).toBe('sous marins d attaque');
    expect(normaliseTerm('  Lutte   informatique\tDÉFENSIVE ')).toBe('lutte informatique defensive');
    expect(normaliseTerm('Cybersécurité – SOC')).toBe('cybersecurite soc');
    expect(normaliseTerm('Manœuvre')).toBe('manoeuvre');
    expect(normaliseTerm('R&D, R&T')).toBe('r&d r&t');
    expect(normaliseTerm('')).toBe('');
  });
});

describe('findConcepts', () => {
  it('finds LID in a French need', () => {
    expect(ids('Nous recherchons un partenaire en lutte informatique défensive')).toContain('lid');
    expect(ids('Spécialiste LID et LIO')).toEqual(expect.arrayContaining(['lid', 'lio']));
  });

  it('finds underwater drones and mine countermeasures, in English and French', () => {
    expect(ids('autonomous underwater vehicles for mine countermeasures')).toEqual(
      expect.arrayContaining(['uuv', 'mine-warfare']),
    );
    expect(ids('drones sous-marins')).toEqual(['uuv']);
    expect(ids('drones sous marins pour la lutte anti-mines (MMCM)')).toEqual(
      expect.arrayContaining(['uuv', 'mine-warfare']),
    );
    expect(ids('AUVs and ROVs')).toEqual(expect.arrayContaining(['uuv', 'rov']));
  });

  it('finds naval support in English and French', () => {
    expect(ids('maintenance of warships')).toContain('naval-mco');
    expect(ids('MCO des frégates et réparation navale à Brest')).toEqual(
      expect.arrayContaining(['mco', 'frigate', 'ship-repair']),
    );
    expect(ids('Arrêt technique et carénage en cale sèche')).toEqual(
      expect.arrayContaining(['naval-mco', 'ship-repair', 'dry-dock']),
    );
  });

  it('finds infrared imaging from plural, accented French', () => {
    expect(ids('caméras thermiques')).toEqual(['thermal-imaging']);
    expect(ids('Infrared cameras and night vision goggles')).toEqual(
      expect.arrayContaining(['thermal-imaging', 'night-vision']),
    );
  });

  it('matches acronyms only as whole tokens', () => {
    expect(ids('maintenance')).not.toContain('ai');
    expect(ids('maintenance')).toEqual(['maintenance']);
    expect(ids('social')).toEqual([]);
    expect(ids("l'IA au service du renseignement")).toEqual(expect.arrayContaining(['ai', 'intelligence']));
  });

  it('requires capitals for acronyms that are also ordinary words', () => {
    expect(ids("j'ai un projet")).not.toContain('ai');
    expect(ids('AI-based image processing')).toEqual(expect.arrayContaining(['ai', 'computer-vision']));
    expect(ids('the lid of the box')).not.toContain('lid');
    expect(ids('si possible')).not.toContain('information-systems');
  });

  it('reads an acronym of three letters or fewer only as an acronym is written', () => {
    expect(ids('Refonte UX du poste')).toContain('hmi');
    expect(ids('ux')).toEqual([]);
    expect(ids('Ux')).toEqual([]);
    // Spelt as the acronym is, or in capitals with a plural s.
    expect(ids('IoT')).toEqual(['iot']);
    expect(ids('AUVs')).toEqual(['uuv']);
  });

  it('reads no acronym in a text typed in capitals, where capitals say nothing', () => {
    expect(ids('SI POSSIBLE AVANT LA FIN DU MOIS')).not.toContain('information-systems');
    expect(ids('ANTENNES SONAR DE COQUE')).toEqual(['sonar']);
  });

  it('reads overlapping wordings of one concept as one mention that keeps all its words', () => {
    // "antennes sonar" and "sonar de coque" overlap: "coque" is not left over for hull structures.
    expect(findConcepts('Antennes sonar de coque pour frégates')).toEqual(
      expect.arrayContaining([expect.objectContaining({ matched: 'antennes sonar de coque' })]),
    );
    expect(ids('Antennes sonar de coque')).toEqual(['sonar']);
    fc.assert(
      fc.property(
        fc.constantFrom('antenne sonar', 'sonar de coque', 'sonar remorqué'),
        fc.string(),
        (a, b) => {
          // A concept is reported once whatever surrounds it, and never with a shorter concept inside it.
          const found = findConcepts(`${a} ${b}`).map((f) => f.concept.id);
          expect(new Set(found).size).toBe(found.length);
          expect(found).toContain('sonar');
        },
      ),
    );
  });

  it('prefers the longest phrase and does not count its words again', () => {
    expect(ids('guerre électronique')).toEqual(['ew']);
    expect(ids('acoustique sous-marine')).toEqual(['underwater-acoustics']);
    expect(ids('test d’intrusion')).toEqual(['security-audit']);
    const found = findConcepts('Conception de cartes électroniques durcies pour radars navals');
    expect(found.map((f) => f.concept.id)).toEqual(expect.arrayContaining(['electronic-design', 'radar']));
    expect(found.map((f) => f.concept.id)).not.toContain('electronics');
  });

  it('reads varied wordings', () => {
    expect(ids('We provide penetration testing, SOC and threat intelligence services')).toEqual(
      expect.arrayContaining(['security-audit', 'soc', 'threat-intelligence']),
    );
    expect(ids('Brouillage, goniométrie et ROEM')).toEqual(expect.arrayContaining(['ecm', 'sigint']));
    expect(ids('Fabrication additive et usinage 5 axes de pièces en titane')).toEqual(
      expect.arrayContaining(['additive-manufacturing', 'machining', 'metals']),
    );
    expect(ids('Simulateurs et formation pour les SNLE')).toEqual(
      expect.arrayContaining(['simulator', 'training', 'ssbn']),
    );
    expect(ids('essais CEM en chambre anéchoïque, laboratoire accrédité ISO 17025')).toEqual(
      expect.arrayContaining(['emc-testing', 'test-lab']),
    );
    expect(ids('Vidéosurveillance et contrôle d’accès de sites sensibles')).toEqual(
      expect.arrayContaining(['video-surveillance', 'access-control']),
    );
    expect(ids('Protection NRBC')).toEqual(['cbrn']);
  });

  it('tolerates English -es/-ies plurals', () => {
    expect(ids('Test benches')).toEqual(['test-bench']);
    expect(ids('Lithium-ion batteries')).toEqual(['batteries']);
    expect(ids('Recherches appliquées')).toEqual(['rnd']);
  });

  it('returns one result per concept', () => {
    const found = findConcepts('sonar, sonar, SONAR et sonars');
    expect(found.map((f) => f.concept.id)).toEqual(['sonar']);
  });

  it('keeps the words of a concept said twice from a shorter concept', () => {
    // "R&T de défense" is the second wording of defence R&T: its "défense" is not the defence sector.
    expect(ids('Recherche duale : R&T de défense')).toEqual(['defence-rnt']);
    expect(ids('Recherche duale et défense')).toEqual(['defence-rnt', 'defence-sector']);
  });

  it('never throws and every match occurs in the normalised text', () => {
    const vocabulary = DEFENCE_THESAURUS.flatMap(allTerms);
    const piece = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' ', '-', '’', "'", ', ', 'é', 'ﬁ', 'İ', 's', 'x'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(pieces.length % 2 ? ' ' : '');
        const norm = normaliseTerm(text);
        const found = findConcepts(text);
        const seen = new Set<string>();
        for (const f of found) {
          expect(norm.includes(normaliseTerm(f.matched))).toBe(true);
          expect(f.matched.length).toBeGreaterThan(0);
          expect(seen.has(f.concept.id)).toBe(false);
          seen.add(f.concept.id);
        }
      }),
    );
  });
});

describe('roles and wordings', () => {
  const capabilityIds = (text: string) =>
    findConcepts(text)
      .filter((f) => (f.concept.role ?? 'capability') === 'capability')
      .map((f) => f.concept.id);

  it('reads civil look-alikes as civil, leaving no defence capability behind', () => {
    for (const text of [
      'Drones de loisirs et prises de vues aériennes par drone pour vos mariages',
      'drone photography for weddings and real estate',
      'Sondeur de pêche, fish finder et électronique marine de plaisance',
      'Entretien de bateaux de plaisance, antifouling et réparation de voiliers',
      'yacht maintenance and sailboat repair',
      'Textile de mode, vêtements de travail et confection de vêtements marins',
      'Création de sites web, dépannage informatique pour particuliers et infogérance de TPE',
      'Réparation de smartphones et électronique grand public',
    ])
      expect([text, capabilityIds(text)]).toEqual([text, []]);
  });

  it('keeps qualifiers beside the capability they qualify', () => {
    const found = findConcepts('Maintenance des sonars de la Marine nationale');
    expect(found.map((f) => f.concept.id)).toEqual(expect.arrayContaining(['sonar', 'naval', 'maintenance']));
    expect(capabilityIds('Maintenance des sonars de la Marine nationale')).toEqual(['sonar']);
    expect(capabilityIds('Fabrication additive de pièces en titane')).toEqual(['additive-manufacturing']);
  });

  it('finds paraphrases of the same capability, in French and English', () => {
    const cases: Array<[string, string]> = [
      ['annotation et étiquetage de données', 'data-labelling'],
      ['data labelling for machine learning', 'data-labelling'],
      ["préparation de jeux de données d'entraînement", 'data-labelling'],
      ['constitution de données d’apprentissage', 'training-datasets'],
      ['détection automatique de cibles', 'automatic-target-recognition'],
      ['shipboard electrical integration', 'shipboard-electrical'],
      ['tableaux électriques navals', 'shipboard-electrical'],
      ['intégration électronique à bord des frégates', 'shipboard-electronics'],
      ['architecture réseau durcie', 'secure-network'],
      ['segmentation et pare-feux', 'network-protection'],
      ['command and control software', 'c2'],
      ['transmissions et suspensions de blindés', 'vehicle-parts'],
      ['essais climatiques et vibratoires', 'environmental-testing'],
      ["réparation de trains d'atterrissage", 'aircraft-component-repair'],
      ['textiles techniques', 'technical-textiles'],
      ['matériaux avancés', 'materials'],
      ['naval steel fabrication', 'hull'],
      ['mechanical outfitting of warships', 'ship-outfitting'],
      ['sea trials instrumentation', 'sea-trials'],
      ['security evaluation laboratory (CESTI)', 'security-evaluation'],
      ['fuzzing de logiciels et tests de robustesse logicielle', 'security-evaluation'],
      ['imagery intelligence exploitation', 'geoint'],
      ['renseignement électromagnétique', 'sigint'],
      ['supervision de sécurité 24/7', 'soc'],
      ['coffre-fort numérique', 'data-protection'],
      ['capteurs quantiques', 'quantum'],
      ['charges utiles spatiales', 'space-payload'],
      ['satellite ground terminals', 'ground-segment'],
      ['entretien des bâtiments de la Marine nationale', 'warship-maintenance'],
      ['arrêts techniques de frégates', 'naval-mco'],
      ['obsolescence électronique', 'obsolescence'],
      ['formation aux systèmes électroniques', 'electronics-training'],
      ['traitement automatique du langage', 'nlp'],
      ['vision par ordinateur', 'computer-vision'],
      ['wargaming and battle simulation software', 'combat-simulation'],
      ['simulateurs de passerelle', 'naval-training'],
      ['usinage de pièces aéronautiques', 'aerospace-manufacturing'],
      ['maintenance of military electronics', 'electronics-repair'],
    ];
    const wrong = cases.filter(([text, id]) => !capabilityIds(text).includes(id));
    expect(wrong).toEqual([]);
  });

  it('no longer reads training data as military training', () => {
    expect(ids("préparation de jeux de données d'entraînement")).not.toContain('military-training');
  });
});
