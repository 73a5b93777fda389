// « ProConnect (démo) »: a local OpenID Connect provider, so that the real OpenID sign-in works on
// a machine with no network. One client (the platform), PKCE required, the person's claims in a
// signed UserInfo JWT as ProConnect sends them, state in memory and signing keys generated at
// each start. `npm start` runs it when OIDC_ISSUER is not set; the integration tests run this file
// as a child process (`node scripts/lib/demo-oidc-provider.mjs`, settings from the environment).
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Provider } from 'oidc-provider';
import { root } from './services.mjs';

export const DEMO_OIDC_LABEL = 'ProConnect (démo)';
export const DEMO_OIDC_CLIENT_ID = 'bitd-bretagne-demo';
/** Any other address on this (reserved, fictional) domain signs in as a made-up person. */
const DEMO_DOMAIN = '@demo.example.fr';
const STYLESHEET = '/demo-oidc.css';

/**
 * The demo people who would sign in through ProConnect (buyers, region agents, administrators),
 * read from the built server so that they are the very accounts the demo seed creates.
 */
function loadDemoAccounts() {
  const file = join(root, 'dist/server/libs/server/src/demo/demo-accounts.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the server first (npm run build)`);
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = createRequire(import.meta.url)(file);
  return { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}

/** ProConnect's subject is an opaque hex string; this one stays the same across restarts. */
const subjectOf = (email) => createHash('sha256').update(`bitd-demo-oidc:${email}`).digest('hex');

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

function identity(email, displayName, label) {
  const [givenName, ...rest] = displayName.split(' ');
  return { sub: subjectOf(email), email, givenName, usualName: rest.join(' ') || 'Démo', displayName, label };
}

/** `jean.le-gall@demo.example.fr` → Jean Le Gall: a made-up person for an address not in the list. */
function madeUpIdentity(email) {
  const words = email
    .slice(0, -DEMO_DOMAIN.length)
    .split(/[._-]+/)
    .filter(Boolean)
    .map(capitalise);
  return identity(email, words.length ? words.join(' ') : 'Personne', 'Identité fictive');
}

/**
 * Starts the provider on `host:port` (port 0 = any free port). `publicUrl` is the platform's
 * PUBLIC_URL: its callback and home page are the only redirect targets allowed.
 */
export async function startDemoOidcProvider({
  port = 3900,
  host = '127.0.0.1',
  clientId = DEMO_OIDC_CLIENT_ID,
  clientSecret,
  publicUrl,
}) {
  if (!clientSecret) throw new Error('the demo OpenID provider needs a client secret');
  const platform = publicUrl.replace(/\/+$/, '');
  const demo = loadDemoAccounts();
  const listed = demo.accounts
    .filter((a) => a.platformRole || a.organisation?.kind === 'buyer' || a.organisation?.kind === 'region')
    .map((a) => identity(a.email, a.displayName, a.label));
  const people = new Map(listed.map((p) => [p.sub, p]));

  let handle = (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => {
    securityHeaders(res, new URL(platform).origin);
    handle(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const issuer = `http://${host}:${server.address().port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        client_name: 'BITD Bretagne',
        redirect_uris: [`${platform}/api/v1/auth/oidc/callback`],
        post_logout_redirect_uris: [`${platform}/`],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
        userinfo_signed_response_alg: 'RS256',
      },
    ],
    // ProConnect's scopes: one per claim.
    claims: {
      openid: ['sub'],
      email: ['email'],
      given_name: ['given_name'],
      usual_name: ['usual_name'],
      uid: ['uid'],
    },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: person.email,
          given_name: person.givenName,
          usual_name: person.usualName,
          uid: person.email,
        }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    responseTypes: ['code'],
    pkce: { required: () => true },
    jwks: {
      keys: [
        {
          ...privateKey.export({ format: 'jwk' }),
          kid: randomBytes(8).toString('hex'),
          use: 'sig',
          alg: 'RS256',
        },
      ],
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // ProConnect's lifetimes: a 30-second code, a 60-second access token, a 12-hour session.
    ttl: {
      AuthorizationCode: 30,
      AccessToken: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 12 * 3600,
      Grant: 12 * 3600,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError,
  });
  const oidcHandler = provider.callback();

  handle = async (req, res) => {
    const path = new URL(req.url, issuer).pathname;
    if (path === STYLESHEET && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' });
      res.end(CSS);
      return;
    }
    const interaction = /^\/interaction\/[\w-]+(\/login|\/abort)?$/.exec(path);
    if (!interaction) return oidcHandler(req, res);
    try {
      await interact(req, res, interaction[1]);
    } catch (e) {
      const expired = e?.name === 'SessionNotFound';
      sendPage(
        res,
        expired ? 400 : 500,
        page(
          'Demande expirée',
          `<h1>${expired ? 'Cette demande de connexion a expiré' : 'Une erreur est survenue'}</h1>
           <p>Revenez à BITD Bretagne et relancez la connexion.</p>
           <p><a class="bouton secondaire" href="${html(platform)}/">Revenir à BITD Bretagne</a></p>`,
        ),
      );
    }
  };

  async function interact(req, res, action) {
    const details = await provider.interactionDetails(req, res);
    const { uid, prompt } = details;
    if (req.method === 'GET' && !action) {
      // ProConnect asks no consent: the platform's grant is given as soon as the person is known.
      if (prompt.name === 'consent') return consent(req, res, details);
      return sendPage(res, 200, signInPage(uid, listed, demo.password));
    }
    if (req.method !== 'POST' || !action)
      return sendPage(res, 405, page('Méthode refusée', '<h1>Méthode refusée</h1>'));
    if (action === '/abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'la personne a annulé la connexion' },
        { mergeWithLastSubmission: false },
      );
    }
    const form = await readForm(req);
    const person = form.get('identity')
      ? listed.find((p) => p.email === form.get('identity'))
      : signInWithPassword(form.get('email'), form.get('password'));
    if (!person) {
      return sendPage(
        res,
        401,
        signInPage(uid, listed, demo.password, {
          email: form.get('email') ?? '',
          error: `Adresse e-mail ou mot de passe incorrect. Utilisez une adresse en ${DEMO_DOMAIN} et le mot de passe de démonstration.`,
        }),
      );
    }
    people.set(person.sub, person);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: person.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  function signInWithPassword(rawEmail, password) {
    const email = (rawEmail ?? '').trim().toLowerCase();
    if (password !== demo.password || !email.endsWith(DEMO_DOMAIN) || email.length > 254) return undefined;
    const account = demo.accounts.find((a) => a.email === email);
    return account ? identity(account.email, account.displayName, account.label) : madeUpIdentity(email);
  }

  async function consent(req, res, { prompt, params, session, grantId }) {
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const { missingOIDCScope, missingOIDCClaims } = prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    const saved = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: saved } },
      { mergeWithLastSubmission: true },
    );
  }

  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Forms only, no script of its own: scripts are allowed from this origin so that the provider's
 * automatic forms can add their hashes; forms may lead back to the platform only.
 */
function securityHeaders(res, platformOrigin) {
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self' ${platformOrigin}; frame-ancestors 'none'; base-uri 'none'`,
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 8192) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

const html = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function sendPage(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

function page(title, main) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)} — ${DEMO_OIDC_LABEL}</title>
<link rel="stylesheet" href="${STYLESHEET}">
</head>
<body>
<header class="bandeau">
  <div class="marque">
    <span class="logo" aria-hidden="true">PC</span>
    <div>
      <p class="nom">ProConnect <span class="demo">(démo)</span></p>
      <p class="sous-titre">Fournisseur d'identité de démonstration — comptes fictifs</p>
    </div>
  </div>
</header>
<main>
${main}
</main>
<footer>Démonstration locale : ce service n'est pas ProConnect et ne connaît que des personnes fictives. En production, BITD Bretagne utilise ProConnect, l'identité des professionnels de l'État.</footer>
</body>
</html>`;
}

function signInPage(uid, listed, password, { email = '', error = '' } = {}) {
  const login = `/interaction/${html(uid)}/login`;
  const people = listed
    .map(
      (p) => `<li><button type="submit" name="identity" value="${html(p.email)}">
        <span class="qui">${html(p.displayName)}</span>
        <span class="role">${html(p.label)}</span>
        <span class="adresse">${html(p.email)}</span>
      </button></li>`,
    )
    .join('\n');
  return page(
    'Connexion',
    `<p class="avertissement">Démonstration : toutes les identités ci-dessous sont fictives.</p>
<h1>Connexion à BITD Bretagne</h1>
<h2>Choisissez une identité de démonstration</h2>
<form method="post" action="${login}">
  <ul class="identites">
${people}
  </ul>
</form>
<h2>Ou connectez-vous avec une adresse e-mail</h2>
<form method="post" action="${login}" class="carte">
  ${error ? `<p class="erreur" role="alert">${html(error)}</p>` : ''}
  <label for="email">Adresse e-mail professionnelle</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${html(email)}">
  <label for="password">Mot de passe</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <p class="aide">Mot de passe de démonstration : <code>${html(password)}</code>. Une adresse en ${DEMO_DOMAIN} absente de la liste crée une identité fictive.</p>
  <button type="submit" class="bouton principal">Se connecter</button>
</form>
<form method="post" action="/interaction/${html(uid)}/abort">
  <button type="submit" class="bouton secondaire">Annuler et revenir à BITD Bretagne</button>
</form>`,
  );
}

async function logoutSource(ctx, form) {
  ctx.type = 'html';
  ctx.body = page(
    'Déconnexion',
    `<h1>Se déconnecter de ${DEMO_OIDC_LABEL} ?</h1>
<p>Vous êtes déconnecté de BITD Bretagne. Fermez aussi votre session ${DEMO_OIDC_LABEL} pour que la prochaine connexion vous redemande votre identité.</p>
${form}
<div class="actions">
  <button type="submit" form="op.logoutForm" name="logout" value="yes" class="bouton principal">Oui, me déconnecter</button>
  <button type="submit" form="op.logoutForm" class="bouton secondaire">Non, garder ma session</button>
</div>`,
  );
}

async function postLogoutSuccessSource(ctx) {
  ctx.type = 'html';
  ctx.body = page('Déconnecté', `<h1>Vous êtes déconnecté de ${DEMO_OIDC_LABEL}.</h1>`);
}

async function renderError(ctx, out) {
  ctx.type = 'html';
  ctx.body = page(
    'Erreur',
    `<h1>La demande de connexion a été refusée</h1>
<p>Le fournisseur d'identité de démonstration n'a pas pu traiter la demande de BITD Bretagne.</p>
<p class="erreur" role="alert"><code>${html(out.error)}</code> ${html(out.error_description ?? '')}</p>`,
  );
}

const CSS = `*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#161616;background:#f6f6f6;line-height:1.5}
body{margin:0;min-height:100vh;display:flex;flex-direction:column}
.bandeau{background:#fff;border-bottom:4px solid #000091;padding:12px 0}
.marque{display:flex;align-items:center;gap:12px;max-width:640px;margin:0 auto;padding:0 16px}
.logo{display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:8px;background:#000091;color:#fff;font-weight:800;letter-spacing:.5px}
.nom{margin:0;font-size:1.25rem;font-weight:800;color:#000091}
.demo{font-weight:600;color:#b34000}
.sous-titre{margin:0;font-size:.875rem;color:#3a3a3a}
main{flex:1;width:100%;max-width:640px;margin:0 auto;padding:24px 16px}
h1{font-size:1.75rem;line-height:1.25;margin:8px 0 16px}
h2{font-size:1.125rem;margin:24px 0 8px}
.avertissement{margin:0;padding:8px 12px;border-left:4px solid #b34000;background:#fff4ed;font-size:.9375rem}
.identites{list-style:none;margin:0;padding:0;display:grid;gap:8px}
.identites button{width:100%;display:grid;gap:2px;text-align:left;padding:12px 16px;background:#fff;border:1px solid #ddd;border-radius:4px;font:inherit;color:inherit;cursor:pointer}
.identites button:hover,.identites button:focus-visible{border-color:#000091;background:#f5f5fe}
.qui{font-weight:700;color:#000091}
.role{font-size:.9375rem}
.adresse{font-size:.875rem;color:#555;overflow-wrap:anywhere}
.carte{background:#fff;border:1px solid #ddd;border-radius:4px;padding:16px;display:grid;gap:6px}
label{font-weight:600;margin-top:6px}
input{font:inherit;padding:8px 12px;border:0;border-bottom:2px solid #3a3a3a;border-radius:4px 4px 0 0;background:#eee;width:100%}
input:focus-visible,button:focus-visible,a:focus-visible{outline:2px solid #0a76f6;outline-offset:2px}
.aide{font-size:.875rem;color:#555;margin:4px 0}
code{font-family:ui-monospace,Menlo,Consolas,monospace;background:#eee;padding:0 4px;border-radius:2px}
.erreur{margin:0;padding:8px 12px;border-left:4px solid #ce0500;background:#ffe9e9;color:#ce0500}
.bouton{display:inline-block;font:inherit;font-weight:600;padding:10px 20px;border-radius:4px;cursor:pointer;text-decoration:none;text-align:center}
.principal{background:#000091;color:#fff;border:1px solid #000091;margin-top:8px;justify-self:start}
.principal:hover{background:#1212ff}
.secondaire{background:#fff;color:#000091;border:1px solid #000091;margin-top:16px}
.secondaire:hover{background:#f5f5fe}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:16px}
.actions .bouton{margin-top:0}
footer{padding:16px;font-size:.8125rem;color:#555;text-align:center;border-top:1px solid #ddd;background:#fff}
@media (max-width:480px){h1{font-size:1.375rem}.bouton{width:100%}.principal{justify-self:stretch}}
`;

// Run on its own: settings from the environment, its URL on the first line of output.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startDemoOidcProvider({
    port: Number(process.env.DEMO_OIDC_PORT ?? 3900),
    clientId: process.env.OIDC_CLIENT_ID ?? DEMO_OIDC_CLIENT_ID,
    clientSecret: process.env.OIDC_CLIENT_SECRET,
    publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000',
  });
  console.log(`${DEMO_OIDC_LABEL}: ${running.issuer}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
