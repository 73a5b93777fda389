/** A `data-testid` for the native props of DSFR components (their prop types list no data-* attributes). */
export function testId(id: string): { [key: `data-${string}`]: string } {
  return { 'data-testid': id };
}
