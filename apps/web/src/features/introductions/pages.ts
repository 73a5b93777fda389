/** The introductions pages, one chunk loaded on first visit (see routes.tsx). */
export { IntroductionBoardPage } from './IntroductionBoardPage';
export { IntroductionDetailPage } from './IntroductionDetailPage';
export { IntroductionInboxPage } from './IntroductionInboxPage';
