import { createHash } from 'node:crypto';
import type { Key, Meilisearch } from 'meilisearch';
import { meiliError } from './meili-http-client';

/** What the API's key may do: search, nothing else (no documents, settings, tasks or keys). */
export const SEARCH_KEY_ACTIONS = ['search'];

/** The API's search key of a namespace: the same uid at every start, so restarts reuse it. */
export function searchKeySpec(namespace: string, indexes: readonly string[]) {
  return {
    uid: uuidV5(`bitd-api-search:${namespace}`),
    name: `${namespace}-api-search`,
    description: `Search-only key of the BITD api for the indexes of namespace ${namespace}; made by the api from the master key`,
    actions: SEARCH_KEY_ACTIONS,
    indexes: [...indexes].sort(),
    expiresAt: null,
  };
}

/**
 * The API's search-only key, from Meilisearch's /keys with the master key: the existing one when
 * its grant is right, else (first start, or the grant changed with a new index) made anew. Its
 * value is an HMAC of its uid by the master key, so it stays the same as long as both do.
 */
export async function ensureSearchKey(admin: Meilisearch, namespace: string, indexes: readonly string[]) {
  const spec = searchKeySpec(namespace, indexes);
  const existing = await admin.getKey(spec.uid).catch((e: unknown) => {
    if (meiliError(e)?.status === 404) return null;
    throw e;
  });
  if (existing && sameGrant(existing, spec)) return existing.key;
  if (existing) await admin.deleteKey(spec.uid);
  try {
    return (await admin.createKey(spec)).key;
  } catch (e) {
    // Another api process made it at the same moment: take that one if its grant is right.
    if (meiliError(e)?.status !== 409) throw e;
    const made = await admin.getKey(spec.uid);
    if (!sameGrant(made, spec)) throw e;
    return made.key;
  }
}

function sameGrant(key: Key, spec: ReturnType<typeof searchKeySpec>): boolean {
  const same = (a: readonly string[], b: readonly string[]) =>
    JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return same(key.actions, spec.actions) && same(key.indexes, spec.indexes) && key.expiresAt === null;
}

/** A name-based UUID (RFC 9562 version 5, URL namespace): one name, always the same uid. */
export function uuidV5(name: string): string {
  const urlNamespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const bytes = createHash('sha1').update(urlNamespace).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
