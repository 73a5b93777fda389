import { config } from 'zod';

// zod compiles its parsers with `new Function` when eval is allowed, and probes for it when a
// schema is built. The CSP (script-src 'self', no 'unsafe-eval') refuses it, and the browser
// reports even that caught probe as a violation; the domain lib's schemas work the same without it.
config({ jitless: true });
