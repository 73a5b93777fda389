import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: here('public'),
  plugins: [react()],
  resolve: {
    alias: {
      '@bitd/domain': here('../../libs/domain/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // The domain lib is pure (its index re-exports zod schemas and the CPV reference, which the
        // web does not use): let the bundler drop every domain module the web does not import from.
        moduleSideEffects: [{ test: /[\\/]libs[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        // Long-lived vendor chunks, cached across releases of the app code.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
            },
            // The DSFR script stays its own lazy chunk: react-dsfr imports it after setting
            // window.dsfr's options, and running it earlier (inside this chunk) breaks start().
            {
              name: 'dsfr',
              test: /[\\/]node_modules[\\/](@codegouvfr[\\/](?!react-dsfr[\\/]dsfr[\\/]dsfr\.module)|tsafe[\\/])/,
            },
            // zod stays out: only the lazily loaded search page needs it (the search contract's
            // constants sit next to its query schema), so it loads with that page.
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](?!zod[\\/]|@codegouvfr[\\/]react-dsfr[\\/]dsfr[\\/]dsfr\.module)/,
            },
          ],
        },
      },
    },
  },
});
