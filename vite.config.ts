import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app: built from src/web into dist/web, which the server serves. */
export default defineConfig({
  root: fileURLToPath(new URL('src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The analyzer (with the question bank it recognises) is one lazy chunk of about 180 kB gzipped.
    chunkSizeWarningLimit: 700,
  },
});
