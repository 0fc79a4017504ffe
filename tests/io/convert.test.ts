import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert.js';
import { parseDataset } from '../../src/index.js';
import { readDatasetFile } from '../../src/io/index.js';

const samplePath = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
const sample = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8')));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
}

describe('shnor convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-convert-'));
  it('JSON → JSON Lines → CSV → Excel → JSON keeps the dataset', async () => {
    const chain = [samplePath, join(dir, 'a.jsonl.gz'), join(dir, 'b.csv'), join(dir, 'c.xlsx'), join(dir, 'd.json')];
    for (let i = 0; i + 1 < chain.length; i++) {
      const c = capture();
      expect(await runConvert([chain[i] as string, chain[i + 1] as string], c.io)).toBe(0);
      expect(c.err).toEqual([]);
      expect(c.out.join('')).toContain(`results: ${sample.results?.length}`);
    }
    expect((await readDatasetFile(join(dir, 'd.json'))).dataset).toEqual(sample);
  }, 120_000);
  it('input issues: nothing written without --partial, the valid records with it; bad usage is exit 2', async () => {
    const bad = join(dir, 'bad.jsonl');
    const lines = [JSON.stringify({ collection: 'dataset', format: 'shnor.dataset/1', id: 'x', name: { ru: 'Проба' }, territoryId: 't', years: [2024] }), '{"collection":"territories","id":"t","kind":"municipality","name":{"ru":"Т"}}', 'not json'];
    writeFileSync(bad, `${lines.join('\n')}\n`);
    const c = capture();
    expect(await runConvert([bad, join(dir, 'out.jsonl')], c.io)).toBe(1);
    expect(c.err.join('')).toMatch(/bad\.jsonl: строка\/line 3.* \[invalid_json\]: строка не JSON/);
    expect(c.err.join('')).toContain('ничего не записано');
    expect(c.err.join('')).toContain('1 ошибка во входных данных');
    const p = capture();
    expect(await runConvert([bad, join(dir, 'out.jsonl'), '--partial'], p.io)).toBe(1);
    expect((await readDatasetFile(join(dir, 'out.jsonl'))).dataset?.territories).toHaveLength(1);
    const u = capture();
    expect(await runConvert([bad], u.io)).toBe(2);
    expect(await runConvert([bad, 'x.jsonl', '--frobnicate'], u.io)).toBe(2);
    const m = capture();
    expect(await runConvert([bad, join(dir, 'x.txt')], m.io)).toBe(2);
    expect(m.err.join('')).toMatch(/неизвестный формат/);
  });
});
