import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves the built portal from its own origin (PORTAL_DIR); `nx serve portal` proxies
// the API to a gateway on :3000 so that the page and the API still share an origin.
const gateway = process.env.POLLEN_GATEWAY_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/portal',
  plugins: [react()],
  // @pollen/contracts/browser, by tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  server: { port: 4200, host: 'localhost', proxy: { '/v1': gateway } },
  preview: { port: 4300, host: 'localhost', proxy: { '/v1': gateway } },
  build: {
    outDir: '../../dist/apps/portal',
    emptyOutDir: true,
    reportCompressedSize: false,
    // Inline nothing: the gateway's CSP allows only files of its own origin.
    assetsInlineLimit: 0,
  },
});
