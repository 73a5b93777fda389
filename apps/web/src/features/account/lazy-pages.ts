/**
 * Pages most visits never open (sign-up, e-mail links, account, organisation, the agents' and
 * administrators' pages): one chunk, loaded on the first visit to any of them.
 */
export { AccountPage } from './AccountPage';
export { InvitationPage } from './InvitationPage';
export { OrganisationPage } from './OrganisationPage';
export { ForgotPasswordPage, ResetPasswordPage } from './PasswordPages';
export { SignUpPage } from './SignUpPage';
export { VerifyEmailPage } from './VerifyEmailPage';
export { AuditPage } from '../audit/AuditPage';
export { ClaimsPage } from '../claims/ClaimsPage';
