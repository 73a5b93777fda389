import { Initial1795697201989 } from './1795697201989-Initial';
import { Opportunities1795705833574 } from './1795705833574-Opportunities';
import { SupplierUpdatedAtIndex1795707077934 } from './1795707077934-SupplierUpdatedAtIndex';
import { Accounts1796290057647 } from './1796290057647-Accounts';
import { OpportunityNeedEdits1796304671191 } from './1796304671191-OpportunityNeedEdits';
import { TypedEvents1796315000000 } from './1796315000000-TypedEvents';
import { ListsAndFollows1796315941995 } from './1796315941995-ListsAndFollows';
import { Notifications1796316242222 } from './1796316242222-Notifications';
import { Introductions1796316453746 } from './1796316453746-Introductions';

/** In order of application. */
export const MIGRATIONS = [
  Initial1795697201989,
  Opportunities1795705833574,
  SupplierUpdatedAtIndex1795707077934,
  Accounts1796290057647,
  OpportunityNeedEdits1796304671191,
  TypedEvents1796315000000,
  ListsAndFollows1796315941995,
  Notifications1796316242222,
  Introductions1796316453746,
];
