import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * The web app lives in `web/` and is built into `dist/web`, which the server serves (falling back
 * to index.html for client-side routes). Vite 8 compiles TSX itself, so no React plugin is needed.
 */
export default defineConfig({
  root,
  publicDir: 'public',
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    cssCodeSplit: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Mantine marks its modules "use client" for server-component frameworks; a browser bundle
      // has no use for the directive, so the warning about dropping it is noise.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') {
          return;
        }
        handler(level, log);
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'i18n', test: /common[\\/]i18n[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: process.env.OPENSTI_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
