/**
 * Identification at national size (issue: identification): 40 000 schools in 50 municipalities of
 * one region, 5 years × 25 result rows each (5 000 000 rows), social passports, resources and
 * facts. Two methodologies: seed 002 (multi-procedure and multi-year quantifiers; ИСБ index ranked
 * in the bottom quartile of the region) and seed 001 with region pools (composite indices, four
 * bottom-25 % rankings, gaps to the region, thresholds). Each is run with traces and explanations,
 * with traces only, and with neither, each in a fresh process; the table gives the time of
 * `identify` on a prepared dataset (built and prepared before timing, and its garbage collected
 * before timing, so that a collection the 5 M rows started does not land on identification), the
 * part of it spent in garbage collection, the CPU time of all threads (the collector's helpers
 * included: more than the wall time when they run in parallel), how much the heap grew, and the
 * peak RSS of that process. Target: ≤ 3 s with traces on a single core.
 * SHNOR_BENCH_SCHOOLS=4000 makes it small; SHNOR_BENCH_ONLY / SHNOR_BENCH_MODE run one case;
 * SHNOR_BENCH_SINGLE_CORE=1 pins every case to one core (Linux, `taskset`).
 *
 * Two inputs: `objects`, the dataset as JSON objects (5 M result rows as objects: a heap of about
 * 2 GiB that every full garbage collection marks), and `columns`, the national path (what
 * `shnor evaluate` and `shnor/io`'s readers build: result rows in packed typed columns, read with
 * `prepareColumns`; the heap holds only the schools' other records). SHNOR_BENCH_INPUT picks one.
 */
import { execFileSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Dataset, type PreparedDataset, identify, openIdentification, packResults, prepareColumns, prepareDataset, seed001Methodology, seed002Methodology } from '../src/index.js';
import { nationalDataset } from './generate.js';
import { COMBOS, SCHOOLS, YEARS } from './national.js';

function build(): Dataset {
  return nationalDataset(SCHOOLS);
}

const CASES = [
  ['seed 002', 'traces + explanations', 'objects'],
  ['seed 002', 'traces only', 'objects'],
  ['seed 002', 'no traces', 'objects'],
  ['seed 002', 'traces only', 'columns'],
  ['seed 002', 'no traces', 'columns'],
  ['seed 001 (region pools)', 'traces + explanations', 'objects'],
  ['seed 001 (region pools)', 'traces only', 'objects'],
  ['seed 001 (region pools)', 'no traces', 'objects'],
  ['seed 001 (region pools)', 'traces only', 'columns'],
  ['seed 001 (region pools)', 'no traces', 'columns'],
  ['seed 001 (region pools)', 'no traces, then 1 000 schools explained', 'objects'],
] as const;

if (process.env.SHNOR_BENCH_ONLY === undefined) {
  // the parent: each case in a fresh process, so that one case's garbage does not slow the next
  const table: Record<string, string | number>[] = [];
  // SHNOR_BENCH_SINGLE_CORE=1 (Linux, taskset) pins each case to one core, the garbage collector's
  // helper threads included: the target's "on a single core" as measured
  const pinned = process.env.SHNOR_BENCH_SINGLE_CORE === '1' && process.platform === 'linux';
  const args = ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)];
  for (const [name, mode, input] of CASES) {
    const out = execFileSync(pinned ? 'taskset' : process.execPath, pinned ? ['-c', '0', process.execPath, ...args] : args, {
      env: { ...process.env, SHNOR_BENCH_ONLY: name, SHNOR_BENCH_MODE: mode, SHNOR_BENCH_INPUT: input, SHNOR_BENCH_JSON: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line) table.push(JSON.parse(line) as Record<string, string | number>);
  }
  console.log(`\nidentification: ${SCHOOLS.toLocaleString('ru-RU')} schools × ${YEARS.length} years × ${COMBOS.length} result rows, one fresh process per case${pinned ? ', each pinned to one core' : ''}`);
  console.table(table);
  process.exit(0);
}

// time spent in garbage collection while identifying (the dataset's 5 M rows make each collection costly)
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

const input = process.env.SHNOR_BENCH_INPUT === 'columns' ? 'columns' : 'objects';
const tb0 = performance.now();
let ds: Dataset | null = build();
const buildSeconds = (performance.now() - tb0) / 1000;
const tp0 = performance.now();
let prepared: PreparedDataset;
if (input === 'columns') {
  // the national path: rows packed into typed columns, the row objects dropped (as a reader that
  // scans a file into columns never makes them)
  const packed = packResults(ds.results ?? []);
  const frame: Dataset = { ...ds, results: [] };
  ds = null;
  prepared = prepareColumns(frame, packed);
} else prepared = prepareDataset(ds);
const prepareSeconds = (performance.now() - tp0) / 1000;
const rows: Record<string, string | number>[] = [];
const only = process.env.SHNOR_BENCH_ONLY; // e.g. "seed 002" to run one methodology
for (const [name, m] of [
  ['seed 002', seed002Methodology()],
  ['seed 001 (region pools)', seed001Methodology({ pool: 'region' })],
] as const) {
  if (only !== undefined && !name.startsWith(only)) continue;
  const modes = process.env.SHNOR_BENCH_MODE;
  for (const [mode, options] of [
    ['traces + explanations', { trace: true, explain: true }],
    ['traces only', { trace: true, explain: false }],
    ['no traces', { trace: false, explain: false }],
  ] as const) {
    if (modes !== undefined && mode !== modes) continue;
    // settle the garbage of building and preparing the dataset before timing, so that a collection
    // it started does not land on identification (the child runs with --expose-gc)
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 0)); // deliver the collections of building and preparing first
    gcMs = 0;
    const h0 = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = identify(m, prepared, 2024, options);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const grown = process.memoryUsage().heapUsed - h0;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the GC observer report
    rows.push({
      methodology: name,
      mode,
      input,
      schools: r.schools.length,
      'identify, s': seconds.toFixed(2),
      'of which GC, s': (gcMs / 1000).toFixed(2),
      // user + system time of every thread (the GC's helper threads included): more than the wall time when they run in parallel
      'CPU, s': ((cpu.user + cpu.system) / 1e6).toFixed(2),
      'heap grown, MiB': Math.round(grown / 2 ** 20),
      'first list size': Object.values(r.lists)[0]?.yes.length ?? 0,
      'prepare, s': prepareSeconds.toFixed(2),
      'peak RSS, MiB': Math.round(process.resourceUsage().maxRSS / 1024),
    });
  }
  // the national pattern: every school without texts, then the schools a user opens, explained
  // from the same session (nothing ranked again); the time is that of the 1 000 explanations
  if (modes === undefined || modes === 'no traces, then 1 000 schools explained') {
    const session = openIdentification(m, prepared, 2024);
    const all = session.all({ trace: false, explain: false });
    const step = Math.max(1, Math.floor(all.schools.length / 1000));
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < all.schools.length && n < 1000; i += step, n++) session.school((all.schools[i] as { schoolId: string }).schoolId);
    rows.push({ methodology: name, mode: 'no traces, then 1 000 schools explained', input, schools: n, 'identify, s': ((performance.now() - t0) / 1000).toFixed(2), 'peak RSS, MiB': Math.round(process.resourceUsage().maxRSS / 1024) });
  }
}
if (process.env.SHNOR_BENCH_JSON === '1') {
  for (const r of rows) console.log(JSON.stringify(r));
} else {
  console.log(`\nidentification (dataset built in ${buildSeconds.toFixed(1)} s)`);
  console.table(rows);
}
