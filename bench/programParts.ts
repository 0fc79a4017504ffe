/**
 * The program year part by part (issue 14): the same steps as `evaluateProgram`, in its order — the
 * evaluated year's identification, the earlier years' outcomes, the history, the risk profiles, the
 * consistency checks —
 * each timed in CPU seconds (`process.cpuUsage`, all threads, so the collector counts), then
 * `evaluateProgram` itself. `SHNOR_BENCH_SCHOOLS` (10 000 by default) sets the size; the CSV file of
 * bench/generate.ts is read with `readResultColumns`. `node --cpu-prof --import tsx bench/programParts.ts`
 * profiles it; with `--expose-gc` each step's heap is measured after a full collection (what it keeps); `SHNOR_BENCH_PROGRAM=persistence` runs bench/persistenceProgram.ts (categories that read
 * earlier years) instead of seed 002; `SHNOR_BENCH_PARTS=0` runs `evaluateProgram` alone. Measurements of this machine, never asserted by a test.
 */
import { FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE, SEED_002_PROGRAM, checkDataset, computeRiskProfile, evaluateProgram, openIdentification, prepareColumns, summarizeRiskProfiles } from '../src/index.js';
import { HistoryBuilder } from '../src/criteria/history.js';
import { type YearStatuses, forgetYear, statusesOfYear } from '../src/criteria/identify.js';
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
// with `node --expose-gc`, the heap is measured after a full collection (what the step keeps), out of the step's CPU time
const gc = (globalThis as { gc?: () => void }).gc;
const lap = (name: string): void => {
  const c = cpu();
  gc?.();
  const m = process.memoryUsage();
  console.log(`${name.padEnd(28)} CPU ${(c - last).toFixed(2)} s, heap${gc === undefined ? '' : ' kept'} ${Math.round(m.heapUsed / 2 ** 20)} MiB, off-heap ${Math.round(m.arrayBuffers / 2 ** 20)} MiB, RSS ${Math.round(m.rss / 2 ** 20)} MiB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  last = cpu();
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
  // the steps of evaluateProgram, in its order, each on its own
  const session = openIdentification(m, prepared, year);
  const identification = session.all({ trace: true, explain: false });
  lap('identification (traced)');
  const earlier: YearStatuses[] = [];
  const years = [...new Set(prepared.dataset.years)].filter((y) => y < year).sort((a, b) => a - b);
  for (let i = years.length - 1; i >= 0; i--) {
    earlier.unshift(statusesOfYear(session, years[i] as number));
    forgetYear(session, years[i] as number);
  }
  lap('earlier years (statuses)');
  const builder = new HistoryBuilder(m.categories.map((c) => ({ categoryId: c.id, scale: c.kind === 'classifier' ? c.scale : undefined })));
  builder.add(identification);
  for (const s of earlier) builder.addTokens(s);
  const history = builder.finish();
  lap(`history (${history.length} categories)`);
  earlier.length = 0;
  const catalogue = [FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE].find((c) => c.id === program.riskCatalogueId);
  if (catalogue !== undefined && program.riskBands !== undefined && program.riskBands.length > 0) {
    const bands = program.riskBands;
    const profiles = prepared.dataset.schools.map((s) => computeRiskProfile(prepared, s.id, year, bands, catalogue).profile);
    summarizeRiskProfiles(profiles, catalogue);
    lap(`risk profiles (${profiles.length})`);
  }
  const w = checkDataset(prepared.dataset, { years: [2020, 2021, 2022, 2023, 2024] });
  lap(`checkDataset (${w.length})`);
}
const ev = evaluateProgram(program, prepared, year, { trace: true, explain: false });
lap('evaluateProgram');
console.log(`ШНОР ${ev.identification?.lists.shnor?.yes.length}, warnings ${ev.warnings.length}, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
