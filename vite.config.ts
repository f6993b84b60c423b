import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static bundle: served from app://bundle by Electron and from 127.0.0.1 by
// the browser shell. Relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
