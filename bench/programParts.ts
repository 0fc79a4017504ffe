/**
 * The program year part by part (issue 14): the same steps as `evaluateProgram` — the evaluated
 * year's identification, the earlier years, the history, the risk profiles, the consistency checks —
 * each timed in CPU seconds (`process.cpuUsage`, all threads, so the collector counts), then
 * `evaluateProgram` itself. `SHNOR_BENCH_SCHOOLS` (10 000 by default) sets the size; the CSV file of
 * bench/generate.ts is read with `readResultColumns`. `node --cpu-prof --import tsx bench/programParts.ts`
 * profiles it; `SHNOR_BENCH_PROGRAM=persistence` runs bench/persistenceProgram.ts (categories that read
 * earlier years) instead of seed 002; `SHNOR_BENCH_PARTS=0` runs `evaluateProgram` alone. Measurements of this machine, never asserted by a test.
 */
import { SEED_002_PROGRAM, checkDataset, evaluateProgram, openIdentification, prepareColumns } from '../src/index.js';
import { readResultColumns } from '../src/io/index.js';
import { generate } from './generate.js';
import { PERSISTENCE_PROGRAM } from './persistenceProgram.js';

const n = Number(process.env.SHNOR_BENCH_SCHOOLS ?? 10000);
const f = await generate(n);
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
let last = cpu();
const lap = (name: string): void => {
  const c = cpu();
  const m = process.memoryUsage();
  console.log(`${name.padEnd(24)} CPU ${(c - last).toFixed(2)} s, heap ${Math.round(m.heapUsed / 2 ** 20)} MiB, RSS ${Math.round(m.rss / 2 ** 20)} MiB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  last = c;
};
const r = await readResultColumns(f.csv);
if (r.frame.dataset === null || r.issues.length > 0) throw new Error('issues');
const prepared = prepareColumns(r.frame.dataset, r.packed);
lap('read + prepare');
const program = process.env.SHNOR_BENCH_PROGRAM === 'persistence' ? PERSISTENCE_PROGRAM : SEED_002_PROGRAM;
const m = program.methodology;
if (m === undefined) throw new Error('no methodology');
const year = 2024;
if (process.env.SHNOR_BENCH_PARTS !== '0') {
  openIdentification(m, prepared, year).all({ trace: true, explain: false });
  lap('identification (traced)');
  for (const y of [...new Set(prepared.dataset.years)].filter((y) => y < year)) {
    const s = openIdentification(m, prepared, y);
    for (const sc of prepared.dataset.schools) s.school(sc.id, { trace: false, explain: false });
  }
  lap('earlier years (sessions)');
  const w = checkDataset(prepared.dataset, { years: [2020, 2021, 2022, 2023, 2024] });
  lap(`checkDataset (${w.length})`);
}
const ev = evaluateProgram(program, prepared, year, { trace: true, explain: false });
lap('evaluateProgram');
console.log(`ШНОР ${ev.identification?.lists.shnor?.yes.length}, warnings ${ev.warnings.length}, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
