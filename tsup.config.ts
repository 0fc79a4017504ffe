import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // the library: ESM and CJS, each with its own declarations (.d.ts / .d.cts)
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // tsup 8.5 passes `baseUrl` to the declaration build, which TypeScript 6 deprecates
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    clean: false, // the build script empties dist/ once, before both builds
    splitting: false,
    treeshake: true,
    outDir: 'dist',
    // keep Russian text as UTF-8 rather than \uXXXX escapes (half the size)
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // the command-line tool (`npx shnor`): Node only, ESM
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    splitting: false,
    outDir: 'dist',
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
