import {
  type AddedNeed,
  type MatchNeed,
  type NeedEdits,
  type CpvPickerConcept,
  type OpportunityMatchesView,
} from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { useLang } from '../../../shared/useLang';
import { CpvPicker } from '../../reference/CpvPicker';
import { isCpvQuery, useCpvSearch } from '../../reference/cpv.queries';
import { useSetOpportunityNeeds } from '../opportunities.queries';

/** The key a need added by the buyer gets when it stands alone (see opportunityNeeds). */
const addedKey = (a: AddedNeed) => `${a.kind}:${a.id}`;

/**
 * The needs as the matcher read them from the codes and the words of the opportunity. Its buyer
 * strikes out a wrong one, restores it, or adds a CPV code or a concept: the matches are recomputed.
 */
export function NeedsList({ data, opportunityId }: { data: OpportunityMatchesView; opportunityId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSetOpportunityNeeds(opportunityId);
  const edits = data.needEdits;
  const send = (next: NeedEdits) => save.mutate(next);
  const remove = (n: MatchNeed) => {
    const added = edits.added.find((a) => addedKey(a) === n.key);
    send(
      added
        ? { ...edits, added: edits.added.filter((a) => a !== added) }
        : { ...edits, removed: [...edits.removed, n.key] },
    );
  };
  const add = (a: AddedNeed) => {
    if (!edits.added.some((x) => addedKey(x) === addedKey(a))) send({ ...edits, added: [...edits.added, a] });
  };
  // The main need first, the others in the matcher's order (the buyer's codes first).
  const ordered = [...data.needs.filter((n) => n.main), ...data.needs.filter((n) => !n.main)];

  return (
    <div data-testid="needs-editor">
      {ordered.length === 0 ? (
        <p className="bitd-muted">{t('matching.noNeeds')}</p>
      ) : (
        <ul className="bitd-needs" data-testid="match-needs">
          {ordered.map((n) => (
            <li key={n.key} className={n.main ? 'bitd-need bitd-need--main' : 'bitd-need'} data-main={n.main}>
              <span className="bitd-strong">{n.label[lang] || n.label.fr}</span>{' '}
              {n.main && (
                <Badge as="span" small noIcon severity="info">
                  {t('matching.mainNeed')}
                </Badge>
              )}{' '}
              <Badge as="span" small noIcon>
                {t(`matching.origin.${n.origin}`)}
              </Badge>
              <Button
                className="fr-ml-1w"
                priority="tertiary no outline"
                size="small"
                iconId="fr-icon-close-line"
                disabled={save.isPending}
                onClick={() => remove(n)}
                title={t('matching.removeNeedOf', { need: n.label[lang] || n.label.fr })}
              >
                {t('matching.removeNeed')}
              </Button>
              {(n.codes.length > 0 || n.terms.length > 0) && (
                <span className="bitd-block fr-text--xs fr-mb-0 bitd-muted">
                  {n.codes.length > 0 && t('matching.needCodes', { codes: n.codes.join(', ') })}
                  {n.codes.length > 0 && n.terms.length > 0 && ' · '}
                  {n.terms.length > 0 &&
                    t('matching.needTerms', {
                      terms: n.terms.map((w) => t('common.quoted', { text: w })).join(', '),
                    })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {data.removedNeeds.length > 0 && (
        <p className="fr-text--sm fr-mt-1w" data-testid="removed-needs">
          {t('matching.removedNeeds')}{' '}
          {data.removedNeeds.map((n) => (
            <Button
              key={n.key}
              className="fr-mr-1w"
              priority="tertiary"
              size="small"
              iconId="fr-icon-arrow-go-back-line"
              disabled={save.isPending}
              onClick={() => send({ ...edits, removed: edits.removed.filter((k) => k !== n.key) })}
            >
              {t('matching.restoreNeed', { need: n.label[lang] || n.label.fr })}
            </Button>
          ))}
        </p>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      <details className="fr-mt-2w">
        <summary className="fr-text--sm">{t('matching.addNeed')}</summary>
        <div className="fr-grid-row fr-grid-row--gutters fr-mt-1w">
          <div className="fr-col-12 fr-col-md-6">
            <CpvPicker
              label={t('matching.addCode')}
              onPick={(pick) => add({ kind: 'code', id: pick.code })}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <ConceptAdder onAdd={(id) => add({ kind: 'concept', id })} disabled={save.isPending} />
          </div>
        </div>
      </details>
    </div>
  );
}

/**
 * Words typed are read by the concept reader, on the server (the picker's answers, whose concepts
 * the words named): each concept found can be added as a need. The thesaurus stays out of the page.
 */
function ConceptAdder({ onAdd, disabled }: { onAdd: (id: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const answers = useCpvSearch(text, lang);
  const found = [
    ...new Map(
      (isCpvQuery(text) ? (answers.data ?? []) : [])
        .filter((a) => a.matchedBy === 'concept' && a.concept)
        .map((a) => [a.concept!.id, a.concept as CpvPickerConcept]),
    ).values(),
  ];
  return (
    <div>
      <Input
        label={t('matching.addConcept')}
        hintText={t('matching.addConceptHint')}
        nativeInputProps={{ value: text, onChange: (e) => setText(e.target.value) }}
      />
      {isCpvQuery(text) && answers.isSuccess && found.length === 0 && (
        <p className="fr-text--sm bitd-muted" role="status">
          {t('matching.noConcept')}
        </p>
      )}
      {found.map((f) => (
        <Button
          key={f.id}
          className="fr-mr-1w fr-mb-1w"
          priority="secondary"
          size="small"
          iconId="fr-icon-add-line"
          disabled={disabled}
          onClick={() => {
            onAdd(f.id);
            setText('');
          }}
        >
          {t('matching.addThisConcept', { concept: f[lang] })}
        </Button>
      ))}
    </div>
  );
}
