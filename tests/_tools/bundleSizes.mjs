// How much a browser bundle of one function of 'shnor' weighs, the way the smoke test measures
// `change` (issue #14): the package packed and installed into a throw-away project, one import
// bundled by esbuild (minified, browser, ESM, esbuild's default charset), gzipped.
//
//   npm run build && node tests/_tools/bundleSizes.mjs change share round
//
// With SHNOR_BUNDLE_INPUTS=1 it also lists the biggest modules of each bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..', '..');
const names = process.argv.slice(2);
if (names.length === 0) names.push('change');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dir = mkdtempSync(join(tmpdir(), 'shnor-bundle-'));
try {
  execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `./${tarball}`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const esbuild = await import(pathToFileURL(join(root, 'node_modules', 'esbuild', 'lib', 'main.js')).href);
  for (const name of names) {
    writeFileSync(join(dir, 'one.mjs'), `import { ${name} } from 'shnor';\nglobalThis.x = ${name};\n`);
    const built = await esbuild.build({ absWorkingDir: dir, entryPoints: ['one.mjs'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true });
    const raw = built.outputFiles[0].contents;
    const gz = gzipSync(raw).length;
    console.log(`${name.padEnd(24)} ${String(raw.length).padStart(7)} bytes minified, ${String(gz).padStart(6)} gzipped (${(gz / 1024).toFixed(2)} KB)`);
    if (process.env.SHNOR_BUNDLE_INPUTS) {
      const inputs = Object.values(built.metafile.outputs)[0].inputs;
      for (const [path, v] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12)) console.log(`  ${String(v.bytesInOutput).padStart(7)}  ${path.replace(/^.*node_modules\//, '')}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
