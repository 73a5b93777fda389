import type { TFunction } from 'i18next';

/** Readable name of an API field path of an opportunity, e.g. "Poids (capacité 2)"; the path when unknown. */
export function opportunityFieldLabel(t: TFunction, path: string): string {
  const item = /^requiredCapabilities\[(\d+)\]\.?(\w+)?$/.exec(path);
  if (item) {
    const [, index, leaf] = item;
    const where = t('opportunityEditor.itemOf', { n: Number(index) + 1 });
    return leaf ? `${t(`opportunityFields.capability.${leaf}`, { defaultValue: leaf })} (${where})` : where;
  }
  if (/^requiredCertifications\[\d+\]$/.test(path)) return t('opportunityFields.requiredCertifications');
  const location = /^location\.(\w+)$/.exec(path);
  if (location) return t(`opportunityFields.locationParts.${location[1]}`, { defaultValue: path });
  return t(`opportunityFields.${path}`, { defaultValue: path });
}
