import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static bundle: served from app://bundle by Electron and from 127.0.0.1 by
// the browser shell. Relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The renderer's one door to shared code (types, pure logic): main/common, never the rest of main/.
  resolve: { alias: { '@common': fileURLToPath(new URL('./main/common', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
