import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json: which chunks the page loads at start (tests/startupBytes.ts sums them).
    manifest: true,
    chunkSizeWarningLimit: 2500,
    target: 'chrome120',
    rolldownOptions: {
      treeshake: {
        // A feature's index.ts only re-exports what other features may use. Without this, importing
        // one name through it ties every module it lists to the importer's chunk (the dashboard's
        // panels pulled the plan dialog, the incident form and the unit tree: 46 chunks, 692 kB).
        moduleSideEffects: [
          { test: /[\\/]renderer[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/, sideEffects: false },
        ],
      },
    },
  },
});
