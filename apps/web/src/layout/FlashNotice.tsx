import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Messages shown once on the page an action leads to (texts under `flash.<key>`). */
export type FlashKey = 'signedOut' | 'signedOutEverywhere' | 'accountDeleted' | 'signedIn';

interface Flash {
  key: FlashKey;
  path: string;
  seen: boolean;
}

let current: Flash | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** `flash(key, path)`: show `flash.<key>` on `path` (the page the action navigates to). */
export function useFlash(): (key: FlashKey, path?: string) => void {
  return (key, path) => {
    current = { key, path: path ?? FLASH_PATHS[key], seen: false };
    emit();
  };
}

const FLASH_PATHS: Record<FlashKey, string> = {
  signedOut: '/',
  signedOutEverywhere: '/connexion',
  accountDeleted: '/',
  signedIn: '/',
};

/** Shown on its page: marked seen; seen and the user went elsewhere: gone. */
function markShown(here: boolean): void {
  if (!current) return;
  if (here) current.seen = true;
  else if (current.seen) {
    current = null;
    emit();
  }
}

/** The flash message for this page, until the user goes elsewhere. */
export function FlashNotice() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const flash = useSyncExternalStore(subscribe, () => current);
  const here = flash !== null && flash.path === pathname;
  useEffect(() => markShown(here), [flash, here]);
  if (!flash || !here) return null;
  return (
    <div className="fr-mb-4w" data-testid="flash">
      <Alert
        severity="success"
        small
        closable
        onClose={() => {
          current = null;
          emit();
        }}
        description={t(`flash.${flash.key}`)}
      />
    </div>
  );
}
