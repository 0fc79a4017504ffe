import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { estimateRows } from '../../src/io/_lib/limits.js';

// the result columns are sized from an estimate of the rows, so that they are neither grown nor copied
const dir = mkdtempSync(join(tmpdir(), 'shnor-estimate-'));
const PREFIX = Buffer.from('{"collection":"results",', 'latin1');
const frameLine = (k: number): string => `{"collection":"schools","id":"s${k}","name":{"ru":"Школа № ${k}"},"territoryId":"mo${k % 50}"}`;
const resultLine = (k: number): string => `{"collection":"results","schoolId":"s${k % 997}","year":2024,"procedure":"vpr","subject":"math","grade":${1 + (k % 11)},"participants":${k % 90},"marks":{"2":1,"3":2,"4":3,"5":4},"mean":3.5}`;
const text = `${[...Array.from({ length: 4000 }, (_, k) => frameLine(k)), ...Array.from({ length: 40_000 }, (_, k) => resultLine(k))].join('\n')}\n`;

describe('rows estimated for the result columns', () => {
  it('a plain JSON Lines file: its lines and its result rows within 3 % (the frame first does not skew them)', () => {
    const f = join(dir, 'a.jsonl');
    writeFileSync(f, text);
    expect(estimateRows(f)).toBeGreaterThan(44_000 * 0.97);
    expect(estimateRows(f)).toBeLessThan(44_000 * 1.03);
    expect(estimateRows(f, PREFIX)).toBeGreaterThan(40_000 * 0.97);
    expect(estimateRows(f, PREFIX)).toBeLessThan(40_000 * 1.03);
  });
  it('a gzip file: from its uncompressed size and its first lines, a hint of the right size', () => {
    const f = join(dir, 'a.jsonl.gz');
    writeFileSync(f, gzipSync(text));
    const rows = estimateRows(f, PREFIX) as number;
    expect(rows).toBeGreaterThan(30_000);
    expect(rows).toBeLessThan(80_000);
  });
  it('a broken or tiny gzip file: no estimate, no error', () => {
    const broken = join(dir, 'b.jsonl.gz');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(100, 7)]));
    expect(estimateRows(broken)).toBeNull();
    const tiny = join(dir, 'c.jsonl.gz');
    writeFileSync(tiny, Buffer.from([0x1f, 0x8b, 8]));
    expect(estimateRows(tiny)).toBeNull();
    const empty = join(dir, 'd.jsonl.gz');
    writeFileSync(empty, gzipSync(''));
    expect(estimateRows(empty)).toBeNull();
  });
});
