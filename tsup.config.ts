import { defineConfig } from 'tsup';

// the library's modules, each compiled to its own file (the CLI apart): a bundler then takes only
// the modules a program imports — `import { change } from 'shnor'` does not pull in zod
const MODULES = ['src/**/*.ts', '!src/cli/**'];

/**
 * Keeps the modules apart in the ESM build while inlining the JSON data they import (presets read
 * their plans and tables from `src/data/*.json`): every relative import of another module stays an
 * import, a JSON file is bundled into the module that imports it.
 */
const modulesApartJsonInlined = {
  name: 'modules-apart-json-inlined',
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; kind: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === 'entry-point' || args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
  },
};

const config: ReturnType<typeof defineConfig> = defineConfig([
  {
    // ESM: one file per module, as the sources are; declarations of the two entries
    entry: MODULES,
    format: ['esm'],
    bundle: true,
    splitting: false,
    esbuildPlugins: [modulesApartJsonInlined],
    dts: { entry: { index: 'src/index.ts', 'io/index': 'src/io/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    clean: false, // the build script empties dist/ once, before the builds
    outDir: 'dist',
    // keep Russian text as UTF-8 rather than \uXXXX escapes (half the size)
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // CJS: the core and `shnor/io`, each one file, with their declarations (.d.cts)
    entry: { index: 'src/index.ts', 'io/index': 'src/io/index.ts' },
    format: ['cjs'],
    // tsup 8.5 passes `baseUrl` to the declaration build, which TypeScript 6 deprecates
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    target: 'es2022',
    platform: 'node',
    sourcemap: true,
    clean: false,
    splitting: false,
    treeshake: true,
    outDir: 'dist',
    external: ['csv-parse', 'read-excel-file', 'write-excel-file'],
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
    external: ['csv-parse', 'read-excel-file', 'write-excel-file'],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);

export default config;
