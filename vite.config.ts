import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Renderer only; main, preload, bridge and CLI are bundled by scripts/build.mjs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    reportCompressedSize: true,
    modulePreload: { polyfill: false },
  },
});
