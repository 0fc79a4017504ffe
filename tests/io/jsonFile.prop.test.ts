import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetPartial } from '../../src/index.js';
import { readDatasetFile } from '../../src/io/index.js';
import { readJsonObjectFile } from '../../src/io/_lib/jsonFile.js';
import type { FileIssue, PartialFileDataset } from '../../src/io/types.js';

// A JSON dataset file is read in chunks: a byte scanner finds the keys and where the elements of each
// array end, JSON.parse reads the elements a batch at a time. Its promise: the value JSON.parse gives
// for the whole text, for every file whose value is an object; `null` (the file then read whole as
// before) for anything else. Here random datasets, written in many ways (white space anywhere,
// escapes, Cyrillic and 4-byte characters, `},{` inside strings, nested arrays of objects) and
// broken in many ways (cut short, a byte inserted, deleted or replaced, a byte-order mark), are read
// with chunks and batches of a few bytes — every multi-byte character and every token split across
// chunks somewhere — and compared with JSON.parse of the text; and readDatasetFile, gzip or not, is
// compared with the whole read it replaced (parseDatasetPartial of JSON.parse of the text).

const dir = mkdtempSync(join(tmpdir(), 'shnor-jsonfile-'));
const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as Record<string, unknown>;

/** A small random generator from a seed (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPACES = ['', '', '', ' ', '\n', '\t', '\r\n', '  \n  '];

/** A value as JSON, written in a random way: white space between tokens, characters of strings escaped or not, integers with a fraction or an exponent. */
function write(v: unknown, r: () => number, spaced: boolean): string {
  const ws = (): string => (spaced ? (SPACES[Math.floor(r() * SPACES.length)] as string) : '');
  if (typeof v === 'string') {
    let out = '"';
    for (const ch of v) {
      const how = r();
      if (how < 0.1) for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).padStart(4, '0')}`;
      else if (how < 0.15) for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')}`;
      else if (how < 0.2 && ch === '/') out += '\\/';
      else out += JSON.stringify(ch).slice(1, -1);
    }
    return `${out}"`;
  }
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e15) {
    const how = r();
    if (how < 0.05) return `${v}.0`;
    if (how < 0.1) return `${v}e0`;
    if (how < 0.12) return `${v}E+0`;
    return String(v);
  }
  if (Array.isArray(v)) return `[${ws()}${v.map((x) => write(x, r, spaced)).join(`${ws()},${ws()}`)}${ws()}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${ws()}${Object.entries(v).map(([k, x]) => `${write(k, r, spaced)}${ws()}:${ws()}${write(x, r, spaced)}`).join(`${ws()},${ws()}`)}${ws()}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Strings that stress the scanner: quotes, backslashes, brackets, separators, Cyrillic, 4-byte characters. */
const nasty = fc.constantFrom('},{', '"},{"id":"x"}', '\\', '\\"', '[', ']', '{', '}', 'Школа № 5 «Ромашка»', '😀 ё', '\u2028', '\u0000', 'a/b', ',', '"', ' ');

/** A random dataset: slices of the sample's collections, some records changed (wrong types, nested values, strange strings), some keys added. */
const dataset: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    take: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 20, maxLength: 20 }),
    changes: fc.array(fc.record({ at: fc.nat(), field: fc.constantFrom('id', 'name', 'schoolId', 'year', 'territoryId', 'extra', 'participants'), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), nasty, fc.array(fc.record({ a: nasty, b: fc.jsonValue({ maxDepth: 1 }) }), { maxLength: 3 })) }), { maxLength: 8 }),
    extra: fc.array(fc.tuple(fc.constantFrom('note', '__proto__', 'unknownList', 'Поле', '0', 'years', 'a"b', 'c\\', '\\"'), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }))), { maxLength: 3 }),
  })
  .map(({ take, changes, extra }) => {
    const d: Record<string, unknown> = {};
    let k = 0;
    for (const [key, v] of Object.entries(sample)) {
      if (Array.isArray(v)) {
        const list = v.slice(0, take[k++ % take.length]).map((x) => ({ ...(x as object) })) as Record<string, unknown>[];
        d[key] = list;
      } else d[key] = v;
    }
    const lists = Object.values(d).filter((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object');
    for (const c of changes) {
      const list = lists[c.at % Math.max(1, lists.length)];
      const rec = list?.[c.at % list.length];
      if (rec !== undefined) rec[c.field] = c.value;
    }
    for (const [key, v] of extra) Object.defineProperty(d, key, { value: v, writable: true, enumerable: true, configurable: true });
    return d;
  });

/**
 * Ways to break a text: cut short, a character inserted, deleted or replaced, a byte-order mark, bytes
 * that are not UTF-8 (decoded as U+FFFD, as the whole read decodes them).
 */
const breakage = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  fc.record({
    kind: fc.constantFrom('cut', 'delete', 'insert', 'replace', 'bom', 'bytes'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    byte: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '1', 'x', '\n', '\u00a0', 'ё'),
    bytes: fc.constantFrom([0x80], [0xc3], [0xe2, 0x80], [0xf0, 0x9f], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0xaf]),
  }),
);

/** The text, broken, as the file's bytes. */
function broken(text: string, b: { kind: string; at: number; byte: string; bytes: readonly number[] } | null): Buffer {
  if (b === null) return Buffer.from(text);
  const at = Math.min(text.length, Math.floor(b.at * text.length));
  switch (b.kind) {
    case 'cut':
      return Buffer.from(text.slice(0, at));
    case 'delete':
      return Buffer.from(text.slice(0, at) + text.slice(at + 1));
    case 'insert':
      return Buffer.from(text.slice(0, at) + b.byte + text.slice(at));
    case 'replace':
      return Buffer.from(text.slice(0, at) + b.byte + text.slice(at + 1));
    case 'bytes':
      return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(b.bytes), Buffer.from(text.slice(at))]);
    default:
      return Buffer.from(`\ufeff${text}`);
  }
}

let files = 0;
function file(text: string | Buffer, gzip: boolean): string {
  const path = join(dir, `d${files++}.json${gzip ? '.gz' : ''}`);
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return path;
}

/** What JSON.parse of the whole text gives: the value when it is an object, else `null`. */
function wholeValue(text: string | Buffer): Record<string, unknown> | null {
  let v: unknown;
  try {
    v = JSON.parse(text.toString('utf8'));
  } catch {
    return null;
  }
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** The same value, key order and own keys (`__proto__` among them) included. */
function expectSameValue(got: Record<string, unknown> | undefined, want: Record<string, unknown>): void {
  expect(got).toStrictEqual(want);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  expect(Object.getOwnPropertyNames(got)).toEqual(Object.getOwnPropertyNames(want));
  expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
}

/** readDatasetFile of a JSON file as it was before chunks: JSON.parse of the whole text, then parseDatasetPartial. */
function wholeRead(bytes: string | Buffer, path: string): PartialFileDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (e) {
    const issue: FileIssue = { code: 'invalid_json', path: [], received: null, message: { ru: `файл не JSON: ${(e as Error).message}`, en: `the file is not JSON: ${(e as Error).message}` }, file: path, line: null, column: null };
    return { dataset: null, issues: [issue], warnings: [], counts: {} };
  }
  const r = parseDatasetPartial(raw);
  return { dataset: r.dataset, issues: r.issues.map((i) => ({ ...i, file: path, line: null, column: typeof i.path[2] === 'string' ? i.path[2] : typeof i.path[0] === 'string' && i.path.length === 1 ? i.path[0] : null })), warnings: [], counts: r.counts };
}

describe('a JSON file read in chunks', () => {
  it('gives the value JSON.parse gives for every object, and null for anything else, however the chunks fall', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, fc.integer(), fc.boolean(), breakage, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), async (d, seed, spaced, b, chunkSize, batchBytes, gzip) => {
        const text = broken(write(d, random(seed), spaced), b);
        const want = wholeValue(text);
        const got = await readJsonObjectFile(file(text, gzip), { chunkSize, batchBytes });
        if (want === null) expect(got).toBeNull();
        else expectSameValue(got?.value, want);
      }),
      { numRuns: 300 },
    );
  });

  it('reads JSON.stringify output and its guessed batches exactly, and any other text as JSON.parse does', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, breakage, fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 1, max: 2000 }), async (d, b, chunkSize, batchBytes) => {
        const text = broken(JSON.stringify(d), b);
        const want = wholeValue(text);
        const got = await readJsonObjectFile(file(text, false), { chunkSize, batchBytes });
        if (want === null) expect(got).toBeNull();
        else expectSameValue(got?.value, want);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a few chosen texts as JSON.parse does', async () => {
    const texts = [
      '{}',
      ' {\t}\r\n',
      '{"a":[]}',
      '{"a":[ ]}',
      '{"a":[1,]}',
      '{"a":[,1]}',
      '{"a":[1,,2]}',
      '{"a":[1 2]}',
      '{"a":[{"b":1},{"c":"},{"}]}',
      '{"a":[{"b":1}},{"c":2}]}',
      '{"a":[{"b":[1}],{"c":2}]}',
      '{"a":[{"b":"\\"},{\\\\"},{"c":2}]}',
      '{"a":1,"a":[2],"b":3,"a":"x"}',
      '{"a\\"b":[1],"c\\\\":2,"\\\\\\"":3}',
      '{"__proto__":[1],"x":{"__proto__":2}}',
      '{"1":[1],"0":2,"b":3}',
      '{"a":-0,"b":1e400,"c":"\\ud83d\\ude00"}',
      '{"a":tru}',
      '{"a":true}',
      '{"a":nul',
      '{"a":1}x',
      '{"a":1}{',
      '[{"a":1}]',
      '"x"',
      '',
      '\ufeff{"a":[1]}',
      '{"a":[1]\f}',
      '{"a":[1]}\u00a0',
      '{"a":"\n"}',
      '{"a":[1]',
      '{"a":[1],}',
      '{"a" "b"}',
      '{a:1}',
    ];
    for (const text of texts) {
      for (const chunkSize of [1, 2, 3, 5, 1 << 20]) {
        for (const batchBytes of [1, 3, 1 << 15]) {
          const want = wholeValue(text);
          const got = await readJsonObjectFile(file(text, chunkSize === 2), { chunkSize, batchBytes });
          if (want === null) expect(got, text).toBeNull();
          else expectSameValue(got?.value, want);
        }
      }
    }
  });

  it('gives readDatasetFile the dataset, issues and counts of the whole read, gzip or not', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, fc.integer(), fc.boolean(), breakage, fc.boolean(), async (d, seed, spaced, b, gzip) => {
        const text = broken(spaced ? write(d, random(seed), true) : JSON.stringify(d), b);
        const path = file(text, gzip);
        expect(await readDatasetFile(path)).toStrictEqual(wholeRead(text, path));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a file of several chunks and batches as the whole read does', async () => {
    // about 3 MB: 1 MB chunks and 32 KB batches split it many times, in Cyrillic names too
    const schools = sample.schools as Record<string, unknown>[];
    const big = { ...sample, schools: Array.from({ length: 12000 }, (_, i) => ({ ...(schools[i % schools.length] as object), id: `школа-${i}`, name: `МБОУ «Средняя школа № ${i}» 😀` })) };
    for (const text of [JSON.stringify(big), JSON.stringify(big, null, 1)]) {
      for (const gzip of [false, true]) {
        const path = file(text, gzip);
        const got = await readDatasetFile(path);
        expect(got.counts.schools?.kept).toBe(12000);
        expect(got).toStrictEqual(wholeRead(text, path));
      }
    }
  });
});
