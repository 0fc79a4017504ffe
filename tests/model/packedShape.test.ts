import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShnorError, packResults, parseDataset, prepareColumns } from '../../src/index.js';

const samplePath = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
const sample = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8')));
const frame = { ...sample, results: [] };
const packed = packResults(sample.results ?? []);
const thrown = (f: () => unknown): ShnorError => {
  try {
    f();
  } catch (e) {
    return e as ShnorError;
  }
  throw new Error('nothing thrown');
};

describe('prepareColumns checks the shape of packed results made elsewhere', () => {
  it('takes what packResults makes, with or without rows that have a median', () => {
    expect(() => prepareColumns(frame, packed)).not.toThrow();
    const some = packResults([{ ...(sample.results?.[0] as NonNullable<typeof sample.results>[number]), median: 4 }]);
    expect(some.moreStats.length).toBe(4);
    expect(() => prepareColumns(frame, some)).not.toThrow();
  });

  it('tells packed results of the old shape (stats) what they became', () => {
    const { mean: _m, moreStatsAt: _a, moreStats: _s, ...rest } = packed;
    const old = { ...rest, stats: new Float64Array(5 * packed.size) } as unknown as typeof packed;
    const e = thrown(() => prepareColumns(frame, old));
    expect(e).toBeInstanceOf(ShnorError);
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toMatch(/packed\.stats/);
    expect(e.message).toMatch(/набор столбцов «mean», «moreStatsAt» и «moreStats» \(столбец «stats» заменён ими/);
  });

  it('names a column of another kind or too short', () => {
    expect(thrown(() => prepareColumns(frame, { ...packed, year: new Int32Array(packed.size) as unknown as Uint16Array })).message).toMatch(/packed\.year.*«Uint16Array»/s);
    expect(thrown(() => prepareColumns(frame, { ...packed, marks: new Int32Array(packed.size) })).message).toMatch(/packed\.marks»: получено «Int32Array\(279\)», ожидается «Int32Array» с 4 числами на строку \(279 строк\)/);
  });
});
