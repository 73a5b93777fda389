import type { TFunction } from 'i18next';

const LIST_ITEM_KEYS: Record<string, string> = {
  capabilities: 'capability',
  certifications: 'certification',
  references: 'reference',
  contacts: 'contact',
};

/** Readable name of an API field path, e.g. "TRL (capacité 2)"; the path itself when unknown. */
export function fieldLabel(t: TFunction, path: string): string {
  if (path === 'address' || path in LIST_ITEM_KEYS) return t(`editor.sections.${path}`);
  const m = /^(\w+)\[(\d+)\]\.?(\w+)?$/.exec(path);
  if (m) {
    const [, list, index, leaf] = m;
    const item = LIST_ITEM_KEYS[list];
    if (item) {
      const where = t(`editor.itemOf.${item}`, { n: Number(index) + 1 });
      return leaf ? `${t(`fields.${item}.${leaf}`, { defaultValue: leaf })} (${where})` : where;
    }
  }
  return t(`fields.${path}`, { defaultValue: path });
}
