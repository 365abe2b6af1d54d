import { fileURLToPath } from 'node:url';
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig, type Plugin } from 'vite';
// A plain ES module: scripts/serve.mjs uses it too.
import { sameOriginOnly } from './scripts/same-origin.mjs';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: {
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
  build: {
    rollupOptions: {
      // @tierwise/shared is pure (no import-time side effects) but for zod.js,
      // which turns off zod's eval (the CSP forbids it); its package does not
      // say so: without this the browser bundle would carry every schema of
      // shared/, the program-document validator included, not only the forms'.
      treeshake: { moduleSideEffects: (id) => !/[\\/]shared[\\/]dist[\\/](?!zod\.js$)/.test(id) },
    },
  },
  plugins: [
    // The dev server refuses cross-site posts like the production server does.
    { name: 'tierwise-same-origin', configureServer: (server) => void server.middlewares.use(sameOriginOnly()) } satisfies Plugin,
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
});
