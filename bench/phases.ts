/**
 * The program year from a national JSON Lines or CSV file, phase by phase, wall and CPU time — the
 * script to profile with (`node --cpu-prof --import tsx bench/phases.ts`). `SHNOR_BENCH_SCHOOLS`
 * (4 000 by default) sets the size, `SHNOR_BENCH_FORMAT=csv` the format. Measurements of this machine,
 * never asserted by a test.
 */
import { SEED_002_PROGRAM, evaluateProgram, openIdentification, prepareDataset } from '../src/index.js';
import { readDatasetFile } from '../src/io/index.js';
import { generate } from './generate.js';

const n = Number(process.env.SHNOR_BENCH_SCHOOLS ?? 4000);
const f = await generate(n);
const file = process.env.SHNOR_BENCH_FORMAT === 'csv' ? f.csv : f.jsonl;
const clock = (): [number, number] => {
  const c = process.cpuUsage();
  return [performance.now() / 1000, (c.user + c.system) / 1e6];
};
const lap = (name: string, a: [number, number], b: [number, number]): void => console.log(`${name.padEnd(14)} wall ${(b[0] - a[0]).toFixed(2)} s, CPU ${(b[1] - a[1]).toFixed(2)} s`);
const t0 = clock();
const r = await readDatasetFile(file);
const t1 = clock();
lap('read+validate', t0, t1);
if (r.dataset === null || r.issues.length > 0) throw new Error(`${r.issues.length} issues`);
const prepared = prepareDataset(r.dataset);
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
console.log(`rows ${r.dataset.results?.length ?? 0}, ШНОР ${ev.identification?.lists.shnor?.yes.length} (${only.lists.shnor?.yes.length} alone), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
