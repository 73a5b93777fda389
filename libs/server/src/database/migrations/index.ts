import { Initial1795697201989 } from './1795697201989-Initial';

/** In order of application. */
export const MIGRATIONS = [Initial1795697201989];
