import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as shnor from '../src/index.js';

// The README's examples import from 'shnor': every name they import must be an export.
describe('README', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('starts with the two commands a newcomer runs', () => {
    const first = readme.split('\n').slice(0, 6).join('\n');
    expect(first).toContain('npm install && npm run demo');
    expect(first).toContain('npm test');
  });

  it('imports only names the package exports', () => {
    const imports = [...readme.matchAll(/import \{([^}]+)\} from 'shnor'/g)].flatMap((m) => (m[1] as string).split(',').map((x) => x.trim().replace(/^type /, '')));
    expect(imports.length).toBeGreaterThan(3);
    for (const name of imports) expect(Object.keys(shnor), name).toContain(name);
  });
});
