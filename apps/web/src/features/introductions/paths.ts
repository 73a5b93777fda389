/** Where the introductions pages live (French paths, like the rest of the app). */
export const INTRODUCTIONS_BOARD = '/agent/mises-en-relation';
export const INTRODUCTIONS_INBOX = '/mises-en-relation';
export const introductionUrl = (id: string) => `${INTRODUCTIONS_INBOX}/${encodeURIComponent(id)}`;
