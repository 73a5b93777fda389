import { Initial1795697201989 } from './1795697201989-Initial';
import { Opportunities1795705833574 } from './1795705833574-Opportunities';

/** In order of application. */
export const MIGRATIONS = [Initial1795697201989, Opportunities1795705833574];
