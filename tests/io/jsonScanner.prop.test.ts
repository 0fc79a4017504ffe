import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PackedResults, parseDataset, parseRecords, unpackResult } from '../../src/index.js';
import { readDatasetFile, readResultColumns, writeDatasetFile } from '../../src/io/index.js';
import { ColumnStore, isResultRow, scanJsonRow } from '../../src/io/_lib/scan.js';

// The JSON Lines row scanner reads result rows byte by byte, without JSON.parse. Its promise: a row it
// takes is exactly the row JSON.parse and the schema would give; any other row (not JSON, not of the
// common form, not valid) it leaves to the full path. Here it meets random rows written in many ways —
// keys in any order, spaces, escapes and \u sequences in strings, numbers with exponents, signs,
// fractions, leading zeros, fields it does not hold, values out of range, broken JSON — and every
// answer is compared with JSON.parse and the schema.

const PREFIX = '{"collection":"results",';

/** A string as JSON, each character possibly written as a \u sequence (upper or lower case hex), `/` possibly as `\/`. */
const jsonString = (s: string, escapes: readonly number[]): string => {
  let out = '"';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k] as string;
    const how = escapes[k % Math.max(1, escapes.length)] ?? 0;
    const code = ch.charCodeAt(0);
    if (how === 1 || code < 32) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (how === 2) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (how === 3 && ch === '/') out += '\\/';
    else out += JSON.stringify(ch).slice(1, -1);
  }
  return `${out}"`;
};

/** A number as JSON may write it (and some ways it may not: a leading zero, a lone dot, a plus sign). */
const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 1985, max: 2105 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 14 }).map(String) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 5 })).map(([a, b, d]) => `${a}.${String(b).padStart(5, '0').slice(0, d)}`) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1100, noNaN: true }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 3 })).map(([m, e, sign, x]) => `${m}${e}${sign}${x}`) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-0', '00', '007', '1.', '.5', '+1', '1e', '1.5e2', '4.60', '1000', '1000.0', '1000.5', '1000000000', '1000000001', '123456789012345.6', '0.1234567890123456', 'NaN', 'Infinity', '1_0') },
);

const idText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('s1', 'rezh-1', 'школа-7', 'МО №2', 'a/b', 'x"y', 'tab\tx', 'constructor', '__proto__', '', 'a'.repeat(130)) },
  { weight: 3, arbitrary: fc.string({ minLength: 0, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);
const procedureText = fc.oneof(fc.constantFrom('vpr', 'oge', 'ege', 'kdr', 'essay', 'interview', 'rdr'), idText);
const subjectText = fc.oneof(fc.constantFrom('math', 'russian', 'biology', 'math_profile', 'reading_literacy'), idText);

/** One field of a result row as JSON text: a key the scanner holds (or another) and a value of any kind. */
const field: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('schoolId', 'procedure', 'subject'), fc.oneof(idText, procedureText, subjectText), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 })).map(([k, v, e]) => [k, jsonString(v, e)] as [string, string]) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('year', 'grade', 'participants', 'belowMinimum', 'mean', 'median', 'mode', 'min', 'max'), numberText).map(([k, v]) => [k, v] as [string, string]) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.subarray(['2', '3', '4', '5', '6'], { minLength: 0, maxLength: 5 }), fc.array(numberText, { minLength: 5, maxLength: 5 }), fc.boolean())
      .map(([keys, vals, shuffled]) => ['marks', `{${(shuffled ? [...keys].reverse() : keys).map((k, j) => `"${k}":${vals[j]}`).join(',')}}`] as [string, string]),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('stage', 'source', 'scoreKind', 'Year', 'mean ', 'marks'), fc.constantFrom('"final"', '"РЦОИ"', '1', 'null', 'true', '[]', '{}', '"marks"')).map(([k, v]) => [k, v] as [string, string]) },
);

/** A valid row of the common form: every required field, a valid value for each, keys in any order. */
const commonRow: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      schoolId: fc.constantFrom('s1', 'rezh-2', 'школа-7', 'МО №2'),
      year: fc.integer({ min: 1990, max: 2100 }),
      procedure: fc.constantFrom('vpr', 'oge', 'ege', 'kdr'),
      subject: fc.constantFrom('math', 'russian', 'biology', 'math_profile'),
      grade: fc.integer({ min: 1, max: 11 }),
      participants: fc.integer({ min: 0, max: 1_000_000_000 }),
      marks: fc.record({ '2': fc.nat(500), '3': fc.nat(500), '4': fc.nat(500), '5': fc.nat(500) }),
      belowMinimum: fc.nat(1000),
      mean: fc.integer({ min: 0, max: 100000 }).map((v) => v / 100),
      median: fc.integer({ min: 0, max: 1000 }),
      mode: fc.integer({ min: 0, max: 10000 }).map((v) => v / 10),
      min: fc.constantFrom(0, 1, 2.5),
      max: fc.constantFrom(1000, 5, 99.99),
    },
    { requiredKeys: ['schoolId', 'year', 'procedure', 'subject', 'grade'] },
  )
  .chain((r) => fc.shuffledSubarray(Object.keys(r), { minLength: Object.keys(r).length }).map((keys) => Object.fromEntries(keys.map((k) => [k, r[k as keyof typeof r]]))));

/** The rows of a column store as a packed table, to read them back with `unpackResult`. */
const packedOf = (cols: ColumnStore): PackedResults => ({
  size: cols.size,
  schoolIds: cols.schools.list,
  procedures: cols.procedures.list,
  subjects: cols.subjects.list,
  school: cols.school,
  year: cols.year,
  procedure: cols.procedure,
  subject: cols.subject,
  grade: cols.grade,
  participants: cols.participants,
  marks: cols.marks,
  belowMinimum: cols.belowMinimum,
  mean: cols.mean,
  moreStatsAt: cols.moreAt,
  moreStats: cols.more.subarray(0, 4 * cols.moreCount),
  extras: cols.extras,
});

/** What the full path makes of a line: the valid row, or `null` (not JSON, not an object, not valid). */
function fullPath(line: string): unknown {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const { collection: _, ...row } = v as Record<string, unknown>;
  const { procedure, subject } = row as { procedure?: unknown; subject?: unknown };
  const r = parseRecords('results', [row], 0, { declaredProcedures: typeof procedure === 'string' ? [{ id: procedure }] : [], declaredSubjects: typeof subject === 'string' ? [{ id: subject }] : [] });
  return r.issues.length === 0 ? r.valid[0] : null;
}

/** Scans one line as readResultColumns does: the row, or `null` when the scanner leaves it to the full path. */
function scanned(line: string, cols: ColumnStore): unknown {
  const buf = Buffer.from(line, 'utf8');
  const before = cols.size;
  if (!isResultRow(buf, 0, buf.length) || !scanJsonRow(buf, PREFIX.length, buf.length, cols, 1)) {
    expect(cols.size).toBe(before); // a row given up is undone
    return null;
  }
  expect(cols.size).toBe(before + 1);
  return unpackResult(packedOf(cols), cols.size - 1);
}

describe('the JSON Lines row scanner against JSON.parse and the schema', () => {
  it('a row it takes is the row JSON.parse and the schema give; every other row is left whole to the full path', () => {
    const cols = new ColumnStore(1024);
    let taken = 0;
    let left = 0;
    // a valid row of the common form, its fields as JSON text, then up to four changes: a value
    // replaced, a field added (a duplicate or one the scanner does not hold), a field removed
    const mutated = fc
      .tuple(
        commonRow,
        fc.oneof(fc.constant([0]), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 })),
        fc.array(fc.tuple(fc.constantFrom('replace', 'add', 'remove'), fc.nat(20), field), { minLength: 0, maxLength: 4 }),
      )
      .map(([row, escapes, changes]) => {
        const fields: [string, string][] = Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? jsonString(v, escapes) : JSON.stringify(v)]);
        for (const [how, at, f] of changes) {
          const k = at % Math.max(1, fields.length);
          if (how === 'add') fields.splice(k, 0, f);
          else if (how === 'remove') fields.splice(k, 1);
          else if (fields[k] !== undefined) fields[k] = [fields[k][0], f[1]];
        }
        return fields;
      });
    fc.assert(
      fc.property(mutated, fc.array(fc.constantFrom('', '', '', '', ' ', '\t'), { minLength: 2, maxLength: 2 }), fc.constantFrom('}', '}', '}', '}', '} ', '', ',}', '}}'), (fields, [afterColon, afterComma], end) => {
        const line = `${PREFIX}${fields.map(([k, v]) => `"${k}":${afterColon}${v}`).join(`,${afterComma}`)}${end}`;
        const got = scanned(line, cols);
        if (got === null) {
          left++;
          return;
        }
        taken++;
        expect(got).toEqual(fullPath(line));
      }),
      { numRuns: 6000 },
    );
    // both ways are taken often
    expect(Math.min(taken, left)).toBeGreaterThan(100);
  });

  it('every valid row of the common form (keys in any order, optional fields or not) is taken, as JSON.parse reads it', () => {
    const cols = new ColumnStore(1024);
    fc.assert(
      fc.property(commonRow, (row) => {
        const { schoolId, ...rest } = row;
        const line = `${PREFIX}${JSON.stringify({ schoolId, ...rest }).slice(1)}`;
        const scrambled = `${PREFIX}${JSON.stringify(row).slice(1)}`;
        for (const l of [line, scrambled]) {
          const got = scanned(l, cols);
          expect(got).not.toBeNull();
          expect(got).toEqual(fullPath(l));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid row written otherwise is left to the full path: \\u sequences, exponents, spaces, a partial marks object, another field', () => {
    const cols = new ColumnStore(64);
    const base = '"schoolId":"s1","year":2024,"procedure":"vpr","subject":"math","grade":5';
    for (const rest of [
      '"schoolId":"s\\u0031","year":2024,"procedure":"vpr","subject":"math","grade":5}',
      '"schoolId":"s1","year":2.024e3,"procedure":"vpr","subject":"math","grade":5}',
      `${base},"mean":46E-1}`,
      `${base},"mean":4.6e0}`,
      `${base}, "participants":3}`,
      `${base},"participants": 3}`,
      `${base},"marks":{"2":1,"5":4}}`,
      `${base},"marks":{"2":1,"3":1,"4":1,"5":4,"6":0}}`,
      `${base},"stage":"final"}`,
      `${base},"participants":-0}`,
      `${base},"mean":0.12345678901234567}`,
      `${base}}\r`,
      `${base}} `,
    ]) {
      const line = `${PREFIX}${rest}`;
      expect(scanned(line, cols), line).toBeNull();
    }
    // and the same row of the common form is taken
    expect(scanned(`${PREFIX}${base},"mean":4.6}`, cols)).toEqual({ schoolId: 's1', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, mean: 4.6 });
  });
});

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-jsonscan-'));

/** A result line of the sample's schools, in any of the forms above. */
const resultLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: commonRow.map((r) => `${PREFIX}${JSON.stringify({ ...r, schoolId: r.schoolId === 's1' ? 'rezh-1' : r.schoolId === 'rezh-2' ? 'rezh-2' : 'rezh-3' }).slice(1)}`) },
  { weight: 2, arbitrary: fc.array(field, { minLength: 3, maxLength: 12 }).map((fs) => `${PREFIX}"schoolId":"rezh-1",${fs.map(([k, v]) => `"${k}":${v}`).join(',')}}`) },
  { weight: 1, arbitrary: commonRow.map((r) => JSON.stringify({ ...r, schoolId: 'rezh-2', collection: 'results' })) },
  { weight: 1, arbitrary: commonRow.map((r) => ` {"collection": "results", ${JSON.stringify({ ...r, schoolId: 'rezh-1' }).slice(1)}`) },
  { weight: 1, arbitrary: fc.constantFrom(`${PREFIX}"schoolId":"rezh-1","year":2024,`, '{"collection":"results"', '[1,2]', '"results"', '{"collection":"nothing"}', '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"math","grade":5}x') },
);

describe('readResultColumns against readDatasetFile on random JSON Lines files', () => {
  it(
    'the same rows, the same issues (line, column, message in both languages), the same counts: CRLF, a byte-order mark, blank lines, a truncated last line, gzip',
    async () => {
      const framePath = join(dir, 'frame.jsonl');
      await writeDatasetFile({ ...sample, results: [] }, framePath);
      const frameLines = readFileSync(framePath, 'utf8').trimEnd().split('\n');
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(resultLine, { minLength: 1, maxLength: 40 }),
          fc.record({ crlf: fc.boolean(), bom: fc.boolean(), blanks: fc.nat(3), truncate: fc.nat(60), finalBreak: fc.boolean(), gzip: fc.boolean(), frameLast: fc.boolean() }),
          async (rows, o) => {
            const lines = o.frameLast ? [...rows, ...frameLines] : [...frameLines, ...rows];
            for (let k = 0; k < o.blanks; k++) lines.splice((k * 7) % lines.length, 0, k % 2 === 0 ? '' : '  ');
            let text = lines.join(o.crlf ? '\r\n' : '\n');
            if (o.truncate > 0 && o.truncate < 30) text = text.slice(0, text.length - o.truncate);
            else if (o.finalBreak) text += o.crlf ? '\r\n' : '\n';
            if (o.bom) text = `\uFEFF${text}`;
            const f = join(dir, `r${n++}.jsonl${o.gzip ? '.gz' : ''}`);
            writeFileSync(f, o.gzip ? gzipSync(text) : text);
            const [cols, whole] = await Promise.all([readResultColumns(f), readDatasetFile(f)]);
            expect(Array.from({ length: cols.packed.size }, (_, i) => unpackResult(cols.packed, i))).toEqual(whole.dataset?.results ?? []);
            const key = (i: { code: string; line: number | null; column: string | null; message: { ru: string; en: string }; file: string }): string => `${i.file}:${i.line}:${i.code}:${i.column}:${i.message.ru}|${i.message.en}`;
            expect([...cols.issues, ...cols.frame.issues].map(key).sort()).toEqual(whole.issues.map(key).sort());
            // a line that is not JSON is lost to its collection: readResultColumns counts one that starts as a result row among the results
            const lostCols = cols.counts.rejected + (cols.frame.counts['(none)']?.rejected ?? 0);
            expect({ kept: cols.counts.kept, lost: lostCols }).toEqual({ kept: whole.counts.results?.kept ?? 0, lost: (whole.counts.results?.rejected ?? 0) + (whole.counts['(none)']?.rejected ?? 0) });
          },
        ),
        { numRuns: 60 },
      );
    },
    120_000,
  );
});
