import { QUERY_MAX_CHARS, QUERY_MAX_WORDS, originalWording, type QueryUnderstanding } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../shared/format';
import { useLang } from '../../shared/useLang';

/** Keyword-only words listed at most; a pasted paragraph would otherwise list dozens. */
const UNREAD_SHOWN = 8;

/** The capabilities and CPV codes read from the text, labelled in the page's language. */
function useUnderstood(reading: QueryUnderstanding) {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    ...reading.concepts.map((c) => ({ key: c.id, label: c.label[lang] })),
    ...reading.codes.map((code) => ({ key: code, label: t('search.reading.code', { code }) })),
  ];
}

/**
 * What the search understood of `text`: the capabilities it read, a SIRET, the words it could only
 * search as keywords (as the person typed them), and what it cut from a long text.
 */
export function SearchReading({ reading, text }: { reading: QueryUnderstanding; text: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const understood = useUnderstood(reading);
  const { cut, unread } = reading;
  const more = unread.length - UNREAD_SHOWN;
  const words = formatList(
    [
      ...unread
        .slice(0, UNREAD_SHOWN)
        .map((w) => t('common.quoted', { text: originalWording(w, text) ?? w })),
      ...(more > 0 ? [t('search.reading.moreWords', { count: more })] : []),
    ],
    lang,
  );

  return (
    <div className="fr-mt-1w" data-testid="search-reading">
      {(understood.length > 0 || reading.siret || unread.length > 0) && (
        <div className="bitd-reading fr-text--sm">
          {understood.length > 0 && (
            <>
              <span id="search-understood">{t('search.reading.understood')}</span>
              <ul className="fr-tags-group" aria-labelledby="search-understood">
                {understood.map((u) => (
                  <li key={u.key} data-testid="understood-concept">
                    <Tag as="span" small>
                      {u.label}
                    </Tag>
                  </li>
                ))}
              </ul>
            </>
          )}
          {reading.siret && (
            <span data-testid="understood-siret">{t('search.reading.siret', { siret: reading.siret })}</span>
          )}
          {unread.length > 0 && (
            <span className="bitd-muted" data-testid="unread-words">
              {t(understood.length > 0 ? 'search.reading.alsoWords' : 'search.reading.words', { words })}
            </span>
          )}
        </div>
      )}
      {cut && (
        <div data-testid="search-cut" data-words={cut.words}>
          <Alert
            small
            severity="warning"
            description={`${
              cut.words > 0
                ? t('search.reading.cut', { count: cut.words })
                : t('search.reading.cutCharacters', { count: cut.characters })
            } ${t('search.reading.cutLimits', { words: QUERY_MAX_WORDS, characters: QUERY_MAX_CHARS })}`}
          />
        </div>
      )}
    </div>
  );
}

interface LinkedReadingProps {
  reading: QueryUnderstanding;
  /** The address of a search for this text, the filters kept. */
  hrefForQuery: (q: string) => string;
}

/**
 * Capabilities close to the words of the text, each a link that searches for it; those already
 * read from the text are not offered again.
 */
export function NearestConcepts({ reading, hrefForQuery }: LinkedReadingProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const read = new Set(reading.concepts.map((c) => c.id));
  const nearest = reading.nearest.filter((c) => !read.has(c.id));
  if (nearest.length === 0) return null;
  return (
    <div className="bitd-reading fr-text--sm fr-mt-1w" data-testid="search-nearest">
      <span id="search-nearest">{t('search.reading.nearest')}</span>
      <ul className="fr-tags-group" aria-labelledby="search-nearest">
        {nearest.map((c) => (
          <li key={c.id}>
            <Tag small linkProps={{ to: hrefForQuery(c.label[lang]) }}>
              {c.label[lang]}
            </Tag>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Said above the hits when none meets every capability read: they are the closest, not a match,
 * and nearby capabilities are offered.
 */
export function NotExactNotice({ reading, hrefForQuery }: LinkedReadingProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const understood = useUnderstood(reading);
  if (reading.exact || understood.length === 0) return null;
  const what = formatList(
    understood.map((u) => t('common.quoted', { text: u.label })),
    lang,
  );
  return (
    <div className="fr-mb-2w" data-testid="search-not-exact">
      <Alert small severity="info" description={t('search.reading.notExact', { what })} />
      <NearestConcepts reading={reading} hrefForQuery={hrefForQuery} />
    </div>
  );
}
