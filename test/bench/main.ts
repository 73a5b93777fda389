/** Entry point of `npm run bench -- <name> [args]`: prints numbers, asserts nothing about time. */
import { benchImport } from './import-suppliers.bench';
import { benchMatching } from './matching.bench';
import { benchNotifications } from './notifications.bench';
import { benchSearch } from './search.bench';

const benches: Record<string, (args: string[]) => Promise<void>> = {
  import: (args) => benchImport(Number(args[0] ?? 10000)),
  search: (args) => benchSearch(Number(args[0] ?? 100000)),
  matching: (args) => benchMatching(Number(args[0] ?? 100000), Number(args[1] ?? 200)),
  notifications: (args) => benchNotifications(Number(args[0] ?? 100000), Number(args[1] ?? 5000)),
};

const [name = 'import', ...args] = process.argv.slice(2);
const bench = benches[name];
if (!bench) {
  console.error(`unknown benchmark ${name}; one of: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
bench(args).then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
