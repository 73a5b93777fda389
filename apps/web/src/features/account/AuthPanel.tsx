import type { ReactNode } from 'react';

/** The narrow centred column of the sign-in, sign-up and e-mail pages (DSFR connection pattern). */
export function AuthPanel({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className={wide ? 'fr-col-12 fr-col-md-10 fr-col-lg-8' : 'fr-col-12 fr-col-md-8 fr-col-lg-6'}>
        {children}
      </div>
    </div>
  );
}

/** A grey block of the panel (DSFR's connection pages put each way of signing in in one). */
export function AuthBlock({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="bitd-auth-block fr-mb-4w" id={id}>
      {children}
    </div>
  );
}
