/** The pages of personal lists, in one chunk loaded on first visit. */
export { PortfolioPage } from './PortfolioPage';
export { WatchedOpportunitiesPage } from './WatchedOpportunitiesPage';
export { SavedSearchesPage } from '../saved-searches/SavedSearchesPage';
