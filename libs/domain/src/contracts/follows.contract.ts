import type { OpportunityKind, OpportunityStatus } from '../reference/opportunity';
import type { MatchedOpportunitySummary, MatchedSupplierSummary } from './matching.contract';

/** Companies a region agent follows (their portfolio), and opportunities a person watches. */

/** Followed companies per agent, watched opportunities per person. */
export const FOLLOWS_MAX = 500;
/** Best current matches shown per company of the portfolio. */
export const PORTFOLIO_MATCHES_PER_SUPPLIER = 3;

export interface FollowedSupplierView {
  supplier: MatchedSupplierSummary;
  followedAt: string;
  /** Its best eligible matches among published opportunities still open, best first. */
  bestMatches: Array<{ score: number; coverage: number; opportunity: MatchedOpportunitySummary }>;
}

/** `GET /follows/suppliers`: the portfolio, companies by name. */
export interface PortfolioView {
  suppliers: FollowedSupplierView[];
}

export interface WatchedOpportunityView {
  opportunity: {
    id: string;
    title: string;
    kind: OpportunityKind;
    status: OpportunityStatus;
    issuer: string;
    deadline: string | null;
  };
  watchedAt: string;
}

/** `GET /watches/opportunities`: those the reader may still see, nearest deadline first. */
export interface WatchedOpportunitiesView {
  opportunities: WatchedOpportunityView[];
}
