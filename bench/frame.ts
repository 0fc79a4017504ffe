/**
 * The national frame (issue 14) phase by phase, in CPU seconds (`process.cpuUsage`, all threads, so
 * the collector counts): the `.frame.json` read in chunks (its elements `JSON.parse`d a batch at a
 * time) and judged by `parseDatasetPartial` — the steps of `readDatasetFile` — then the same
 * records as JSON Lines (the frame's lines of the national `.jsonl`, results left out) through the
 * reader of `readJsonLinesDataset` and `readResultColumns`, lines then judgement. `SHNOR_BENCH_SCHOOLS`
 * (40 000 by default) sets the size. Pin it to one core with `taskset -c 1`; profile it with
 * `node --cpu-prof --import tsx bench/frame.ts`. Measurements of this machine, never asserted by a
 * test.
 */
import { readFile } from 'node:fs/promises';
import { parseDatasetPartial } from '../src/model/dataset.js';
import { JsonLinesReader } from '../src/io/jsonLines.js';
import { readJsonObjectFile } from '../src/io/_lib/jsonFile.js';
import { generate } from './generate.js';

const n = Number(process.env.SHNOR_BENCH_SCHOOLS ?? 40000);
const f = await generate(n);
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const laps: string[] = [];
let t = cpu();
const lap = (name: string): void => {
  const now = cpu();
  laps.push(`${name} ${(now - t).toFixed(2)}`);
  t = now;
};

// JSON: the steps of readDatasetFile (the file read in chunks, its elements parsed a batch at a time)
const raw = (await readJsonObjectFile(f.frame))?.value;
lap('read in chunks');
const parsed = parseDatasetPartial(raw);
lap('parseDatasetPartial');
const records = Object.values(parsed.counts).reduce((k, c) => k + c.kept, 0);
console.log(`frame JSON (${records} records, ${parsed.issues.length} issues), CPU s: ${laps.join(' | ')}`);

// JSON Lines: the frame's lines of the national file (results left out), through the reader
laps.length = 0;
const jsonl = await readFile(f.jsonl);
const results = Buffer.from('{"collection":"results"');
const lines: string[] = [];
let start = 0;
for (let nl = jsonl.indexOf(10); nl >= 0; start = nl + 1, nl = jsonl.indexOf(10, start)) {
  if (jsonl.compare(results, 0, results.length, start, Math.min(nl, start + results.length)) !== 0) lines.push(jsonl.toString('utf8', start, nl));
}
t = cpu();
const reader = new JsonLinesReader(f.jsonl);
for (let i = 0; i < lines.length; i++) reader.line(lines[i] as string, i + 1);
lap('lines');
const read = reader.finish();
lap('judge');
const kept = Object.values(read.counts).reduce((k, c) => k + c.kept, 0);
console.log(`frame JSON Lines (${lines.length} lines, ${kept} records, ${read.issues.length} issues), CPU s: ${laps.join(' | ')}`);
