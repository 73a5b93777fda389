import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The relay only routes: it may know the outbox, the registry and the queues, never a feature.
 * A feature added tomorrow subscribes with its own processor and touches none of these files.
 */
describe('the event feed knows no feature', () => {
  const dir = __dirname;
  const plumbing = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  const features = readdirSync(join(dir, '..'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['events', 'queue', 'common', 'config'].includes(d.name))
    .map((d) => d.name);

  it.each(plumbing)('%s imports nothing from a feature folder and names no feature queue', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    const relative = imports.filter((i) => i.startsWith('.'));
    for (const i of relative) expect(i).toMatch(/^\.\/|^\.\.\/(queue|common|config)\//);
    for (const feature of features) expect(relative.join(' ')).not.toContain(`../${feature}/`);
    // The catalogue of event types may say who listens; the routing code may not.
    if (file !== 'event-types.ts') {
      expect(source).not.toMatch(/QUEUE_NAMES\.|search-index|'matching'|'mail'|notifications/);
    }
  });

  it('covers the relay, the registry and the consumer base', () => {
    expect(plumbing).toEqual(
      expect.arrayContaining(['event-relay.service.ts', 'event-registry.service.ts', 'event-consumer.ts']),
    );
    expect(features).toEqual(expect.arrayContaining(['search', 'matching', 'mail', 'suppliers']));
  });
});
