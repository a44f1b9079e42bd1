import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// The layout is not electron-vite's default (src/main, src/preload, src/renderer), so every entry
// is named here explicitly.
const shared = { '@shared': resolve(__dirname, 'src-shared') };

/**
 * `--mode probes` (`npm run build:test`) is the test build: the renderer alone, with the browser
 * tests' probes (`window.__regioscanGraph`, graph/testHook.ts) compiled in, written to
 * out-test/renderer, which the browser tests and `npm run bench:graph` serve. The default build's
 * out/renderer is what `npm start` and `regioscan serve` ship: the probes' code is not in it
 * (tests/browser/test-build.test.ts).
 */
export default defineConfig(({ mode }) => {
  const probes = mode === 'probes';
  const renderer = {
    root: resolve(__dirname, 'src-renderer'),
    resolve: { alias: shared },
    plugins: [react()],
    define: { 'import.meta.env.REGIOSCAN_PROBES': JSON.stringify(probes) },
    build: {
      outDir: probes ? 'out-test/renderer' : 'out/renderer',
      // ES2021: class private fields (`#x`, TanStack Query's) are lowered, because Electronegativity's
      // parser cannot read them and a file it cannot parse is a file it did not check (npm test).
      target: 'es2021',
      // REGIOSCAN_PROFILE=1 keeps names readable for a CPU profile (scripts/bench/graph-browser.ts --profile).
      ...(process.env.REGIOSCAN_PROFILE ? { minify: false } : {}),
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  };
  if (probes) return { renderer };
  return {
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
    renderer,
  };
});
