/**
 * The whole program year from a national file, side by side (issue 14), in one run on the same
 * generated rows (bench/generate.ts): for each size (SHNOR_BENCH_SIZES, default `1000,10000,40000`;
 * add 100000 for the largest), each in a fresh process —
 * - **library, CSV** and **library, JSON Lines**: `readResultColumns` (read + validate straight into
 *   packed columns), `prepareColumns`, seed 002's ШНОР category alone with traces (the part the hand
 *   loop computes), then `evaluateProgram(SEED_002_PROGRAM, …, 2024, { trace: true, explain: false })`
 *   — every category with traces, its history over the earlier years, risk profiles, indicators,
 *   consistency checks;
 * - **objects, JSON Lines** (only with `SHNOR_BENCH_OBJECTS=1`): the same with row objects
 *   (`readDatasetFile`, `prepareDataset`), the path before the columnar core;
 * - **hand loop**: plain JavaScript reading the same CSV into arrays and computing seed 002's ШНОР
 *   rule (≥ 30 % below the minimum in a subject and grade: in two procedures in 2024, or in the same
 *   procedure in 2023 and 2024);
 * - **DuckDB**: `read_csv` of the same CSV into a table, then the same rule in SQL (one thread).
 * All must give the same ШНОР list, school by school; the table prints times, peak RSS, ratios
 * (`path ÷ loop`: read, validate, prepare and the ШНОР list with traces, against the loop's whole path).
 * Timings are measurements of this machine, never asserted by a test.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PreparedDataset, SEED_002_PROGRAM, evaluateProgram, openIdentification, prepareColumns, prepareDataset } from '../src/index.js';
import { readDatasetFile, readResultColumns } from '../src/io/index.js';
import { benchFiles, generate } from './generate.js';

const YEAR = 2024;
const MODES = ['library, CSV', 'library, JSON Lines', 'objects, JSON Lines', 'hand loop', 'DuckDB'] as const;
type Mode = (typeof MODES)[number];

const mib = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const now = (): number => performance.now() / 1000;

/** The verdict file of a mode: the ШНОР list, one id per line, sorted. */
const verdictPath = (schools: number, mode: Mode): string => `${benchFiles(schools).dir}/verdicts-${schools}-${mode.replace(/\W+/g, '_')}.txt`;
const saveVerdicts = (schools: number, mode: Mode, yes: readonly string[]): void => writeFileSync(verdictPath(schools, mode), `${[...yes].sort().join('\n')}\n`);

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

async function library(schools: number, mode: Mode): Promise<Record<string, number | string>> {
  const f = benchFiles(schools);
  const t0 = now();
  const c0 = cpu();
  let rows: number;
  let prepared: PreparedDataset;
  let t1: number;
  if (mode === 'objects, JSON Lines') {
    const r = await readDatasetFile(f.jsonl);
    t1 = now();
    if (r.dataset === null || r.issues.length > 0) throw new Error(`${r.issues.length} issues: ${JSON.stringify(r.issues.slice(0, 3))}`);
    rows = r.dataset.results?.length ?? 0;
    prepared = prepareDataset(r.dataset);
  } else {
    const r = await readResultColumns(mode === 'library, CSV' ? f.csv : f.jsonl);
    t1 = now();
    if (r.frame.dataset === null || r.issues.length > 0 || r.frame.issues.length > 0) throw new Error(`${r.issues.length} issues: ${JSON.stringify(r.issues.slice(0, 3))}`);
    rows = r.packed.size;
    prepared = prepareColumns(r.frame.dataset, r.packed);
  }
  const c1 = cpu();
  const t2 = now();
  const m = SEED_002_PROGRAM.methodology;
  if (m === undefined) throw new Error('seed 002 has no methodology');
  const shnorOnly = { ...m, categories: m.categories.filter((c) => c.id === 'shnor') };
  // only the list is kept: the traced identification is let go before the program year
  const onlyYes = JSON.stringify(openIdentification(shnorOnly, prepared, YEAR).all({ trace: true, explain: false }).lists.shnor?.yes);
  const t3 = now();
  const c3 = cpu();
  const ev = evaluateProgram(SEED_002_PROGRAM, prepared, YEAR, { trace: true, explain: false });
  const t4 = now();
  const c4 = cpu();
  const yes = ev.identification?.lists.shnor?.yes ?? [];
  if (onlyYes !== JSON.stringify(yes)) throw new Error('the ШНОР category alone and in the program year differ');
  if ((ev.identification?.lists.shnor?.missing.length ?? 0) > 0) throw new Error('missing verdicts in complete data');
  saveVerdicts(schools, mode, yes);
  return { rows, 'read+validate, s': +(t1 - t0).toFixed(2), 'rows/s (read)': Math.round(rows / (t1 - t0)), 'read CPU, s': +(c1 - c0).toFixed(2), 'prepare, s': +(t2 - t1).toFixed(2), 'ШНОР rule, s': +(t3 - t2).toFixed(2), 'ШНОР path, s': +(t3 - t0).toFixed(2), 'program year, s': +(t4 - t3).toFixed(2), 'program year CPU, s': +(c4 - c3).toFixed(2), 'total, s': +(t4 - t0).toFixed(2), 'ШНОР': yes.length };
}

async function handLoop(schools: number): Promise<Record<string, number | string>> {
  const f = benchFiles(schools);
  const t0 = now();
  // read: the CSV into columns (school ordinal, year, procedure, failing row)
  const ordinal = new Map<string, number>();
  const ids: string[] = [];
  let n = 0;
  let cap = 1 << 20;
  let school = new Int32Array(cap);
  let year = new Uint16Array(cap);
  let proc = new Uint8Array(cap);
  let subj = new Uint8Array(cap);
  let part = new Int32Array(cap);
  let below = new Int32Array(cap);
  const PROC: Record<string, number> = { vpr: 1, oge: 2, ege: 3 };
  const SUBJ: Record<string, number> = { russian: 1, math: 1, math_base: 1, math_profile: 1 };
  let rest = '';
  let header = true;
  for await (const chunk of createReadStream(f.csv, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      const line = text.slice(start, nl);
      start = nl + 1;
      nl = text.indexOf('\n', start);
      if (header) {
        header = false;
        continue;
      }
      const c = line.split(',');
      if (n === cap) {
        cap *= 2;
        const grow = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (k: number) => T): T => {
          const b = make(cap);
          b.set(a);
          return b;
        };
        school = grow(school, (k) => new Int32Array(k));
        year = grow(year, (k) => new Uint16Array(k));
        proc = grow(proc, (k) => new Uint8Array(k));
        subj = grow(subj, (k) => new Uint8Array(k));
        part = grow(part, (k) => new Int32Array(k));
        below = grow(below, (k) => new Int32Array(k));
      }
      const id = c[0] as string;
      let o = ordinal.get(id);
      if (o === undefined) {
        o = ids.length;
        ids.push(id);
        ordinal.set(id, o);
      }
      school[n] = o;
      year[n] = Number(c[1]);
      proc[n] = PROC[c[2] as string] ?? 0;
      subj[n] = SUBJ[c[3] as string] ?? 0;
      part[n] = Number(c[5]);
      below[n] = Number(c[10]);
      n++;
    }
    rest = text.slice(start);
  }
  const t1 = now();
  // compute: per school, the procedures with a failing row in 2024 and in 2023 (bit sets)
  const now24 = new Uint8Array(ids.length);
  const now23 = new Uint8Array(ids.length);
  for (let i = 0; i < n; i++) {
    const p = proc[i] as number;
    if (p === 0 || subj[i] === 0) continue;
    const y = year[i] as number;
    if (y !== YEAR && y !== YEAR - 1) continue;
    const P = part[i] as number;
    if (P <= 0 || (below[i] as number) * 100 < 30 * P) continue;
    if (y === YEAR) (now24[school[i] as number] as number) |= 1 << p;
    else (now23[school[i] as number] as number) |= 1 << p;
  }
  const yes: string[] = [];
  for (let s = 0; s < ids.length; s++) {
    const a = now24[s] as number;
    const distinct = ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1);
    if (distinct >= 2 || (a & (now23[s] as number)) !== 0) yes.push(ids[s] as string);
  }
  const t2 = now();
  saveVerdicts(schools, 'hand loop', yes);
  return { rows: n, 'read+validate, s': +(t1 - t0).toFixed(2), 'rows/s (read)': Math.round(n / (t1 - t0)), 'ШНОР rule, s': +(t2 - t1).toFixed(2), 'ШНОР path, s': +(t2 - t0).toFixed(2), 'total, s': +(t2 - t0).toFixed(2), 'ШНОР': yes.length };
}

async function duck(schools: number): Promise<Record<string, number | string>> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const f = benchFiles(schools);
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  const t0 = now();
  await c.run(`CREATE TABLE results AS SELECT * FROM read_csv('${f.csv}', header = true, columns = {'schoolId': 'VARCHAR', 'year': 'SMALLINT', 'procedure': 'VARCHAR', 'subject': 'VARCHAR', 'grade': 'TINYINT', 'participants': 'INTEGER', 'marks.2': 'INTEGER', 'marks.3': 'INTEGER', 'marks.4': 'INTEGER', 'marks.5': 'INTEGER', 'belowMinimum': 'INTEGER', 'mean': 'DOUBLE'})`);
  const t1 = now();
  const rows = Number((await c.runAndReadAll('SELECT count(*) FROM results')).getRows()[0]?.[0]);
  const reader = await c.runAndReadAll(`
    WITH failing AS (
      SELECT schoolId, procedure, bool_or(year = ${YEAR}) AS now, bool_or(year = ${YEAR - 1}) AS before
      FROM results
      WHERE procedure IN ('vpr', 'oge', 'ege') AND subject IN ('russian', 'math', 'math_base', 'math_profile')
        AND year IN (${YEAR}, ${YEAR - 1}) AND participants > 0 AND belowMinimum * 100 >= 30 * participants
      GROUP BY schoolId, procedure)
    SELECT schoolId FROM failing GROUP BY schoolId
    HAVING count(*) FILTER (WHERE now) >= 2 OR bool_or(now AND before)`);
  const yes = reader.getRows().map((r) => String(r[0]));
  const t2 = now();
  saveVerdicts(schools, 'DuckDB', yes);
  return { rows, 'read+validate, s': +(t1 - t0).toFixed(2), 'rows/s (read)': Math.round(rows / (t1 - t0)), 'ШНОР rule, s': +(t2 - t1).toFixed(2), 'ШНОР path, s': +(t2 - t0).toFixed(2), 'total, s': +(t2 - t0).toFixed(2), 'ШНОР': yes.length };
}

const child = process.env.SHNOR_BENCH_CHILD;
if (child !== undefined) {
  const [size, mode] = JSON.parse(child) as [number, Mode];
  // CPU time of the work (all threads), without the process's start
  const c0 = cpu();
  const r = mode === 'hand loop' ? await handLoop(size) : mode === 'DuckDB' ? await duck(size) : await library(size, mode);
  console.log(JSON.stringify({ schools: size, mode, ...r, 'CPU, s': +(cpu() - c0).toFixed(2), 'peak RSS, MiB': mib() }));
  process.exit(0);
}

const sizes = (process.env.SHNOR_BENCH_SIZES ?? '1000,10000,40000').split(',').map(Number);
const only = process.env.SHNOR_BENCH_MODES?.split('|');
const table: Record<string, number | string>[] = [];
for (const size of sizes) {
  await generate(size);
  const rows: Record<string, number | string>[] = [];
  for (const mode of MODES) {
    if (only !== undefined && !only.includes(mode)) continue;
    if (mode === 'objects, JSON Lines' && process.env.SHNOR_BENCH_OBJECTS !== '1') continue;
    try {
      const out = execFileSync(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, SHNOR_BENCH_CHILD: JSON.stringify([size, mode]) },
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) rows.push(JSON.parse(line) as Record<string, number | string>);
    } catch (e) {
      rows.push({ schools: size, mode, error: String((e as Error).message).slice(0, 120) });
    }
  }
  // the same ШНОР list school by school, and the ratios
  const ref = rows.find((r) => r.mode === 'hand loop');
  const refList = ref === undefined ? null : readFileSync(verdictPath(size, 'hand loop'), 'utf8');
  const loopRule = Number(ref?.['ШНОР rule, s']);
  const duckTotal = Number(rows.find((r) => r.mode === 'DuckDB')?.['total, s']);
  for (const r of rows) {
    if (r.error !== undefined) continue;
    r['same verdicts'] = refList === null ? '—' : readFileSync(verdictPath(size, r.mode as Mode), 'utf8') === refList ? 'yes' : 'NO';
    r['rule ÷ loop'] = r['ШНОР rule, s'] !== undefined && Number.isFinite(loopRule) && loopRule > 0 ? +(Number(r['ШНОР rule, s']) / loopRule).toFixed(1) : '—';
    // the identification path (read, validate, prepare, the ШНОР list with traces) against the loop's whole path
    r['path ÷ loop'] = Number.isFinite(Number(ref?.['ШНОР path, s'])) && Number(ref?.['ШНОР path, s']) > 0 ? +(Number(r['ШНОР path, s']) / Number(ref?.['ШНОР path, s'])).toFixed(2) : '—';
    r['total ÷ DuckDB'] = Number.isFinite(duckTotal) && duckTotal > 0 ? +(Number(r['total, s']) / duckTotal).toFixed(1) : '—';
    r['µs/school'] = Math.round((Number(r['total, s']) * 1e6) / size);
    r['KiB/school'] = Math.round((Number(r['peak RSS, MiB']) * 1024) / size);
  }
  table.push(...rows);
  console.log(`\nprogram year ${YEAR} from a file: ${size.toLocaleString('ru-RU')} schools × 5 years × 25 rows`);
  console.table(rows);
}
if (sizes.length > 1) {
  console.log('\nall sizes');
  console.table(table.map((r) => ({ schools: r.schools, mode: r.mode, 'total, s': r['total, s'], 'peak RSS, MiB': r['peak RSS, MiB'], 'µs/school': r['µs/school'], 'KiB/school': r['KiB/school'], 'same verdicts': r['same verdicts'] })));
}
