// The command line, built for Node into dist/cli/zjol-reader.js. Runtime dependencies stay
// external (installed by npm), so the file holds only our code.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/main.ts',
    minify: false,
    rollupOptions: {
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { entryFileNames: 'zjol-reader.js', format: 'es' },
    },
  },
});
