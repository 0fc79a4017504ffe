/**
 * The program year from a national JSON Lines or CSV file, phase by phase, wall and CPU time — the
 * script to profile with (`node --cpu-prof --import tsx bench/phases.ts`). `SHNOR_BENCH_SCHOOLS`
 * (4 000 by default) sets the size, `SHNOR_BENCH_FORMAT=csv` the format, `SHNOR_BENCH_OBJECTS=1` reads
 * row objects (`readDatasetFile`, `prepareDataset`) instead of the columns (`readResultColumns`,
 * `prepareColumns`). Measurements of this machine,
 * never asserted by a test.
 */
import { type PreparedDataset, SEED_002_PROGRAM, evaluateProgram, openIdentification, prepareColumns, prepareDataset } from '../src/index.js';
import { readDatasetFile, readResultColumns } from '../src/io/index.js';
import { generate } from './generate.js';

const n = Number(process.env.SHNOR_BENCH_SCHOOLS ?? 4000);
const f = await generate(n);
const file = process.env.SHNOR_BENCH_FORMAT === 'csv' ? f.csv : f.jsonl;
const clock = (): [number, number] => {
  const c = process.cpuUsage();
  return [performance.now() / 1000, (c.user + c.system) / 1e6];
};
const lap = (name: string, a: [number, number], b: [number, number]): void => console.log(`${name.padEnd(14)} wall ${(b[0] - a[0]).toFixed(2)} s, CPU ${(b[1] - a[1]).toFixed(2)} s`);
const objects = process.env.SHNOR_BENCH_OBJECTS === '1';
const t0 = clock();
let rows: number;
let t1: [number, number];
let prepared: PreparedDataset;
if (objects) {
  const r = await readDatasetFile(file);
  t1 = clock();
  lap('read+validate', t0, t1);
  if (r.dataset === null || r.issues.length > 0) throw new Error(`${r.issues.length} issues`);
  rows = r.dataset.results?.length ?? 0;
  prepared = prepareDataset(r.dataset);
} else {
  const r = await readResultColumns(file);
  t1 = clock();
  lap('read+validate', t0, t1);
  if (r.frame.dataset === null || r.issues.length > 0 || r.frame.issues.length > 0) throw new Error(`${r.issues.length} issues`);
  rows = r.packed.size;
  prepared = prepareColumns(r.frame.dataset, r.packed);
}
console.log(`  ${Math.round(rows / (t1[0] - t0[0]))} rows/s (wall), ${Math.round(rows / (t1[1] - t0[1]))} rows/s (CPU)`);
const t2 = clock();
lap('prepare', t1, t2);
const m = SEED_002_PROGRAM.methodology;
if (m === undefined) throw new Error('seed 002 has no methodology');
const only = openIdentification({ ...m, categories: m.categories.filter((c) => c.id === 'shnor') }, prepared, 2024).all({ trace: true, explain: false });
const t3 = clock();
lap('ШНОР rule', t2, t3);
const ev = evaluateProgram(SEED_002_PROGRAM, prepared, 2024, { trace: true, explain: false });
const t4 = clock();
lap('program year', t3, t4);
console.log(`rows ${rows}, ШНОР ${ev.identification?.lists.shnor?.yes.length} (${only.lists.shnor?.yes.length} alone), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
