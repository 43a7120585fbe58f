// The server serves dist/index.html for every non-API path and dist/assets/* statically,
// under a CSP of default-src 'self': so absolute '/' base, everything bundled into files
// (no inline scripts or styles, no CDNs), and no module-preload polyfill injected inline.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Inlined data: URLs would be fine for images (img-src allows data:) but not for fonts or scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev` proxies the API to a locally running `npm start` (port 8080 by default).
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
