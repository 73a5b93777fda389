import type {
  CSRF_HEADER as DomainCsrfHeader,
  MEMBER_ROLES as DomainMemberRoles,
  MIN_PASSWORD_LENGTH as DomainMinPasswordLength,
} from '@bitd/domain';

/*
 * The account contract's constants, restated here: its module builds zod schemas when loaded,
 * and importing one constant from it would bring zod into the first page's bundle (zod loads with
 * the search page only). The types below are the contract's own literal types, so a change there
 * fails the web's type check until it is made here too.
 */

export const CSRF_HEADER: typeof DomainCsrfHeader = 'x-csrf-token';
export const MIN_PASSWORD_LENGTH: typeof DomainMinPasswordLength = 12;
export const MEMBER_ROLES: typeof DomainMemberRoles = ['member', 'admin'];
