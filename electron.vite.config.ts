import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// The layout is not electron-vite's default (src/main, src/preload, src/renderer), so every entry
// is named here explicitly.
const shared = { '@shared': resolve(__dirname, 'src-shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/main.ts') },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with nothing left to require but `electron`.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-shared/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    resolve: { alias: shared },
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // REGIOSCAN_PROFILE=1 keeps names readable for a CPU profile (scripts/bench/graph-browser.ts --profile).
      ...(process.env.REGIOSCAN_PROFILE ? { minify: false } : {}),
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  },
});
