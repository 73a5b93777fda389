// First: set before any module builds a zod schema.
import './zod-without-eval';
import './i18n';
// main.css already @imports dsfr/utility/icons/icons.min.css (every fr-icon-* class); importing it
// a second time would only duplicate CSS.
import '@codegouvfr/react-dsfr/main.css';
import './styles.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link } from 'react-router';
import { App } from './App';
import { useLang } from './shared/useLang';

startReactDsfr({ defaultColorScheme: 'system', Link, useLang });

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
