import type { ReactNode } from 'react';

/** A titled block of the profile page; the title labels the region for assistive tech. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="fr-mb-6w">
      <h2 id={`${id}-title`} className="fr-h4">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Term / definition pairs, skipping the empty ones. */
export function Facts({
  items,
}: {
  items: Array<{ term: string; value: ReactNode; testId?: string } | null>;
}) {
  const shown = items.filter(
    (i): i is NonNullable<typeof i> => i !== null && i.value !== null && i.value !== '',
  );
  return (
    <dl className="bitd-facts">
      {shown.map((i) => (
        <div key={i.term} className="bitd-facts__row">
          <dt>{i.term}</dt>
          <dd data-testid={i.testId}>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
