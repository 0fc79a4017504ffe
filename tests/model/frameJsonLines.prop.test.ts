import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetPartial } from '../../src/index.js';
import { JsonLinesReader } from '../../src/io/jsonLines.js';

// A JSON Lines frame: a line of the same collection as the previous one, in the common form
// `{"collection":"<name>",…}`, is parsed without its tag and collected without looking its collection
// up again. Here a plain reading — every line parsed whole, its collection taken out, the records
// judged by parseDatasetPartial and each issue placed at its record's line — judges the same lines:
// the dataset, the counts and every issue (code, path, value, message, line, column) must be the same.

const HEAD = [
  '{"collection":"dataset","format":"shnor.dataset/1","id":"д","name":{"ru":"Набор"},"territoryId":"mo","years":[2024]}',
  '{"collection":"territories","id":"mo","kind":"municipality","name":{"ru":"МО"}}',
  '{"collection":"schools","id":"s1","name":"Школа 1","territoryId":"mo","type":"СОШ","settlement":"urban"}',
  '{"collection":"schools","id":"s2","name":"Школа 2","territoryId":"mo","type":"СОШ","settlement":"rural"}',
];

const record = fc.oneof(
  fc.record({ schoolId: fc.constantFrom('s1', 's2', 's3'), year: fc.constantFrom(2023, 2024, 1989), parentsSatisfied: fc.constantFrom({ count: 1, total: 2 }, { count: 3, total: 2 }) }).map((r) => ['facts', r] as const),
  fc.record({ schoolId: fc.constantFrom('s1', 's2'), year: fc.constantFrom(2024, 2101), pupils: fc.constantFrom(300, -1) }).map((r) => ['social', r] as const),
  fc.record({ id: fc.constantFrom('s3', 's1', ''), name: fc.constant('Школа'), territoryId: fc.constantFrom('mo', 'x'), type: fc.constant('СОШ'), settlement: fc.constant('urban') }).map((r) => ['schools', r] as const),
);

/** A line of a record, in the common form or an odd one. */
const line = fc.tuple(record, fc.nat(9)).map(([[collection, r], odd]) => {
  const body = JSON.stringify(r).slice(1);
  const common = `{"collection":"${collection}",${body}`;
  switch (odd) {
    case 0:
      return common.slice(0, -2); // not JSON
    case 1:
      return `${common}\r`;
    case 2:
      return '  ';
    case 3:
      return `{ "collection": "${collection}", ${body}`;
    case 4:
      return `{"collection":"${collection}","collection":"facts",${body}`;
    case 5:
      return `{"collection":"${collection}"}`;
    case 6:
      return `{"collection":"${collection}",,${body}`;
    default:
      return common;
  }
});

/** The plain reading: each line parsed whole (a line in the common form: its tag, then the rest). */
function plain(lines: readonly string[]): { dataset: unknown; counts: unknown; issues: unknown[] } {
  const input: Record<string, unknown> = {};
  const at: Record<string, number[]> = {};
  const readIssues: unknown[] = [];
  let lost = 0;
  lines.forEach((raw, k) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim().length === 0) return;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(text) as Record<string, unknown>;
    } catch {
      readIssues.push({ code: 'invalid_json', line: k + 1 });
      lost++;
      return;
    }
    // the common form: the collection is the tag, the record is the rest (a second `collection` is a field of it)
    const tag = /^\{"collection":"([^"\\]*)",/.exec(text);
    let collection: unknown;
    let rest: Record<string, unknown>;
    if (tag === null) ({ collection, ...rest } = v);
    else [collection, rest] = [tag[1], JSON.parse(`{${text.slice(tag[0].length)}`) as Record<string, unknown>];
    if (collection === 'dataset') Object.assign(input, rest);
    else {
      ((input[collection as string] ??= []) as unknown[]).push(rest);
      (at[collection as string] ??= []).push(k + 1);
    }
  });
  const r = parseDatasetPartial(input);
  const issues = r.issues.map((i) => {
    const [c, index, field] = i.path;
    return { ...i, line: typeof c === 'string' && typeof index === 'number' ? at[c]?.[index] : 1, column: typeof field === 'string' ? field : typeof index === 'number' ? null : (c ?? null) };
  });
  // a line that is not JSON counts as rejected, of no collection
  const counts = lost === 0 ? r.counts : { ...r.counts, '(none)': { kept: 0, rejected: lost } };
  return { dataset: r.dataset, counts, issues: [...readIssues, ...issues] };
}

describe('a JSON Lines frame read line by line judges as the plain reading', () => {
  it('the same dataset, counts and issues, each at its line', () => {
    let short = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (body) => {
        const lines = [...HEAD, ...body];
        const reader = new JsonLinesReader('кадр.jsonl');
        lines.forEach((l, k) => reader.line(l, k + 1));
        const got = reader.finish();
        const want = plain(lines);
        expect(JSON.stringify(got.dataset)).toBe(JSON.stringify(want.dataset));
        expect(got.counts).toEqual(want.counts);
        // a line that is not JSON: its code and line (its words are the reader's own)
        const gotIssues = got.issues.map((i) => (i.code === 'invalid_json' ? { code: i.code, line: i.line } : { code: i.code, path: i.path, received: i.received, message: i.message, line: i.line, column: i.column }));
        expect(gotIssues).toEqual(want.issues);
        const tagOf = (l: string | undefined): string | undefined => /^\{"collection":"\w+",/.exec(l ?? '')?.[0];
        for (let k = 1; k < body.length; k++) if (tagOf(body[k]) !== undefined && tagOf(body[k]) === tagOf(body[k - 1])) short++;
      }),
      { seed: 15_2028, numRuns: 300 },
    );
    // lines of the same collection in a row are common (the short way is taken)
    expect(short).toBeGreaterThan(100);
  }, 120_000);
});
