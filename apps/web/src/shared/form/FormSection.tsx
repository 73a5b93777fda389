import type { ReactNode } from 'react';

/** A numbered part of the editor, as a fieldset so the legend names every field inside. */
export function FormSection({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="bitd-form-section" aria-describedby={hint ? `${id}-hint` : undefined} id={id}>
      <legend className="fr-h4 fr-mb-1w">{title}</legend>
      {hint && (
        <p id={`${id}-hint`} className="fr-text--sm bitd-muted">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <div className="fr-grid-row fr-grid-row--gutters">{children}</div>;
}

/** A grid cell; `md` is its width out of 12 from medium screens. */
export function Col({ md = 6, children }: { md?: 3 | 4 | 6 | 8 | 12; children: ReactNode }) {
  return <div className={`fr-col-12 fr-col-md-${md}`}>{children}</div>;
}
