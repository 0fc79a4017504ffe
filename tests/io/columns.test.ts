import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, unpackResult } from '../../src/index.js';
import { readResultColumns, writeDatasetFile } from '../../src/io/index.js';

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-columns-'));

describe('results read straight into typed columns', () => {
  it.each(['c.jsonl', 'c.csv.gz'])('%s: every result row back, the frame without results', async (f) => {
    await writeDatasetFile(sample, join(dir, f));
    const r = await readResultColumns(join(dir, f));
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ kept: sample.results?.length, rejected: 0 });
    expect(Array.from({ length: r.packed.size }, (_, i) => unpackResult(r.packed, i))).toEqual(sample.results);
    const { results: _, ...rest } = sample;
    expect(r.frame.dataset).toEqual(rest);
  });
  it('bad rows: the schema, a duplicate and an unknown school rejected at their lines, the rest packed', async () => {
    await writeDatasetFile(sample, join(dir, 'b.csv'));
    writeFileSync(join(dir, 'b.csv'), 'schoolId,year,procedure,subject,grade,participants,belowMinimum\nrezh-1,2024,vpr,math,5,20,3\nrezh-1,2024,vpr,math,5,20,4\nrezh-1,2024,vpr,math,6,-2,1\nnowhere,2024,vpr,math,5,20,3\nrezh-2,2024,vpr,math,5,10,1\n');
    const r = await readResultColumns(join(dir, 'b.csv'));
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['duplicate_record', 3, null],
      ['too_small', 4, 'participants'],
      ['unknown_school', 5, 'schoolId'],
    ]);
    expect(r.counts).toEqual({ kept: 2, rejected: 3 });
    expect([unpackResult(r.packed, 0), unpackResult(r.packed, 1)]).toEqual([
      { schoolId: 'rezh-1', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 20, belowMinimum: 3 },
      { schoolId: 'rezh-2', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 10, belowMinimum: 1 },
    ]);
    expect([...r.lines]).toEqual([2, 6]);
  });
});
