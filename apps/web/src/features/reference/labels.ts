import {
  CERTIFICATION_LABELS,
  type CertificationScheme,
  type ClearanceLevel,
  type LegalForm,
  type SizeBand,
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
