/** Addresses of the opportunity pages (French, like the rest of the app). */
export const OPPORTUNITIES_URL = '/opportunites';
export const NEW_OPPORTUNITY_URL = '/opportunites/nouveau';
export const opportunityUrl = (id: string): string => `/opportunites/${encodeURIComponent(id)}`;
export const editOpportunityUrl = (id: string): string => `/opportunites/${encodeURIComponent(id)}/modifier`;
export const supplierUrl = (id: string): string => `/fournisseurs/${encodeURIComponent(id)}`;
