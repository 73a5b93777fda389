import { createHash } from 'node:crypto';

/** A short stable digest of a set of ids (order and repeats do not matter): names a job by its contents. */
export function setDigest(ids: readonly string[]): string {
  return createHash('sha256')
    .update([...new Set(ids)].sort().join(','))
    .digest('hex')
    .slice(0, 32);
}
