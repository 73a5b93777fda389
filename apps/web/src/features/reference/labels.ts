import {
  CERTIFICATION_LABELS,
  type CertificationScheme,
  type ClearanceLevel,
  type LegalForm,
  type SizeBand,
  TRL_MAX,
  TRL_MIN,
} from '@bitd/domain';
import type { TFunction } from 'i18next';

/** UI labels of the reference values, in the current language. */
export function referenceLabels(t: TFunction) {
  return {
    clearance: (level: ClearanceLevel): string => t(`clearance.${level}`),
    legalForm: (form: LegalForm): string => t(`legalForm.${form}`),
    sizeBand: (band: SizeBand): string => t(`sizeBand.${band}`),
    trl: (trl: number): string => t(`trl.${trl}`),
    certification: (scheme: CertificationScheme): string => CERTIFICATION_LABELS[scheme] ?? scheme,
  };
}

const TRLS = Array.from({ length: TRL_MAX - TRL_MIN + 1 }, (_, i) => TRL_MIN + i);

/** The TRL scale as select options: "4 — <what level 4 means>". */
export function trlOptions(t: TFunction): Array<{ value: string; label: string }> {
  const labels = referenceLabels(t);
  return TRLS.map((n) => ({ value: String(n), label: `${n} — ${labels.trl(n)}` }));
}
