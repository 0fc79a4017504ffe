import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as shnor from '../src/index.js';

// The README's examples import from 'shnor': every name they import must be an export, and the
// main example runs.
describe('README', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('starts with the two commands a newcomer runs', () => {
    const first = readme.split('\n').slice(0, 6).join('\n');
    expect(first).toContain('npm install && npm run demo');
    expect(first).toContain('npm test');
  });

  it('runs its example over the sample data, and every «//=>» in it holds', () => {
    // the TypeScript blocks, run one after another in one scope; they are plain JavaScript apart from
    // the imports, which are replaced by the library's own exports. `text` and `actuals` are the
    // sample the example names.
    const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string).join('\n');
    const names = [...new Set([...block.matchAll(/import \{([^}]+)\} from 'shnor';/g)].flatMap((m) => (m[1] as string).split(',').map((x) => x.trim())))];
    let checks = 0;
    const body = block
      .split('\n')
      .map((line, i) => {
        if (line.startsWith('import ')) return '';
        const at = line.indexOf('; //=> ');
        if (at < 0) return line;
        checks++;
        return `__check(${line.slice(0, at)}, ${line.slice(at + 7)}, ${i + 1});`;
      })
      .join('\n');
    const data = (name: string): string => readFileSync(join(import.meta.dirname, '..', 'src', 'data', name), 'utf8');
    const text = data('sample-rezh.dataset.json');
    const actuals = (JSON.parse(data('sample-rezh.actuals.json')) as { actuals: unknown }).actuals;
    const seen: number[] = [];
    const check = (actual: unknown, expected: unknown, line: number): void => {
      seen.push(line);
      if (typeof expected === 'object' && expected !== null) expect(actual, `README example, line ${line}`).toMatchObject(expected);
      else expect(actual, `README example, line ${line}`).toEqual(expected);
    };
    new Function('__shnor', 'text', 'actuals', '__check', `const { ${names.join(', ')} } = __shnor;\n${body}`)(shnor, text, actuals, check);
    expect(checks).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(checks);
  });

  it('imports only names the package exports', () => {
    const imports = [...readme.matchAll(/import \{([^}]+)\} from 'shnor'/g)].flatMap((m) => (m[1] as string).split(',').map((x) => x.trim().replace(/^type /, '')));
    expect(imports.length).toBeGreaterThan(3);
    for (const name of imports) expect(Object.keys(shnor), name).toContain(name);
  });
});
