/** Form path → API field path: `capabilities.0.trl` → `capabilities[0].trl`. */
export function apiPath(formPath: string): string {
  return formPath.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** API field path → form path: `capabilities[0].trl` → `capabilities.0.trl`. */
export function formPath(apiFieldPath: string): string {
  return apiFieldPath.replace(/\[(\d+)\]/g, '.$1');
}

/** DOM id of the input of a field (for labels, anchors of the error summary). */
export function fieldId(path: string): string {
  return `field-${apiPath(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
