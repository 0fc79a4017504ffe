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
    expect(c.err.join('')).toMatch(/bad\.jsonl: строка 3.* \[invalid_json\]: строка не JSON/);
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

describe('the CLI reading --data of any format', () => {
  it('reads a valid file silently when stderr is not a terminal, stops on issues unless partial', async () => {
    const { loadDatasetForCli } = await import('../../src/cli/datasetIo.js');
    const dir = mkdtempSync(join(tmpdir(), 'shnor-data-'));
    const { writeDatasetFile } = await import('../../src/io/index.js');
    await writeDatasetFile(sample, join(dir, 'ok.csv.gz'));
    const c = capture();
    const ok = await loadDatasetForCli(join(dir, 'ok.csv.gz'), c.io, { partial: false, lang: 'ru', command: 'evaluate' });
    expect('dataset' in ok && ok.dataset).toEqual(sample);
    expect(c.err).toEqual([]);
    const tty = capture();
    await loadDatasetForCli(join(dir, 'ok.csv.gz'), { ...tty.io, isTTY: true }, { partial: false, lang: 'ru', command: 'evaluate' });
    expect(tty.err.join('')).toMatch(/ok\.csv\.gz: 100 % \(279 записей\)\n$/);
    writeFileSync(join(dir, 'bad.csv'), 'schoolId,year,procedure,subject,grade,participants\nrezh-1,2024,vpr,math,5,-1\nrezh-1,2024,vpr,math,6,10\n');
    const frame = JSON.parse(readFileSync(samplePath, 'utf8')) as Record<string, unknown>;
    delete frame.results;
    writeFileSync(join(dir, 'bad.frame.json'), JSON.stringify(frame));
    const b = capture();
    expect(await loadDatasetForCli(join(dir, 'bad.csv'), b.io, { partial: false, lang: 'ru', command: 'evaluate' })).toMatchObject({ code: 1 });
    expect(b.err.join('')).toMatch(/в данных 1 ошибка:\n {2}.*bad\.csv: строка 2: participants \[too_small\]/);
    const p = capture();
    const partial = await loadDatasetForCli(join(dir, 'bad.csv'), p.io, { partial: true, lang: 'en', command: 'evaluate' });
    expect('dataset' in partial && partial.dataset.results).toEqual([{ schoolId: 'rezh-1', year: 2024, procedure: 'vpr', subject: 'math', grade: 6, participants: 10 }]);
  });
});
