/**
 * Reading a national file alone (issue 14): the frame (`readDatasetFile` of the CSV's `.frame.json`:
 * territories, schools, social passports, staffing, resources, facts), then the whole
 * `readResultColumns` of the CSV or JSON Lines file (the frame again, and every result row read and
 * validated into packed columns), each in CPU seconds (`process.cpuUsage`, all threads, so the
 * collector counts; the system part of the second shown too), and the result rows alone (for CSV the second less
 * the first, the frame being read again inside it). `SHNOR_BENCH_SCHOOLS` (40 000 by default) sets the size, `SHNOR_BENCH_FORMAT`
 * `csv` (default) or `jsonl` the file of bench/generate.ts. Pin it to one core with `taskset -c 1`.
 * Measurements of this machine, never asserted by a test.
 */
import { readDatasetFile, readResultColumns } from '../src/io/index.js';
import { generate } from './generate.js';

const n = Number(process.env.SHNOR_BENCH_SCHOOLS ?? 40000);
const format = process.env.SHNOR_BENCH_FORMAT === 'jsonl' ? 'jsonl' : 'csv';
const f = await generate(n);
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const sys = (): number => process.cpuUsage().system / 1e6;
let c0 = cpu();
const frame = await readDatasetFile(f.frame);
const records = Object.values(frame.counts).reduce((k, c) => k + c.kept, 0);
const cf = cpu() - c0;
console.log(`frame: ${records} records, CPU ${cf.toFixed(2)} s, ${frame.issues.length} issues`);
c0 = cpu();
const s0 = sys();
const r = await readResultColumns(format === 'csv' ? f.csv : f.jsonl);
const c1 = cpu() - c0;
if (r.issues.length > 0 || r.frame.issues.length > 0) throw new Error(`${r.issues.length + r.frame.issues.length} issues`);
console.log(`readResultColumns (${format}): ${r.packed.size} rows, CPU ${c1.toFixed(2)} s, ${(r.packed.size / c1 / 1e6).toFixed(2)} M rows/s (system ${(sys() - s0).toFixed(2)} s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB, load ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`);
// the result rows alone, about: the whole less the frame's first reading (for CSV; a JSON Lines file reads its frame lines among the rows)
const rows = c1 - (format === 'csv' ? cf : 0);
console.log(`result rows alone (${format === 'csv' ? 'less the frame' : 'frame lines included'}): CPU ${rows.toFixed(2)} s, ${(r.packed.size / rows / 1e6).toFixed(2)} M rows/s`);
