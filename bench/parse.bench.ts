/**
 * National-size parse-and-validate benchmark (issue: domain model):
 * 40 000 schools × 5 years × 25 result rows = 5 000 000 rows, in chunks of 1 000 schools as a
 * reader of a large file would deliver them. Every valid row is kept in memory, as a caller that
 * goes on to compute would keep them. 0,1 % of rows are broken to exercise the issue path.
 * Valid rows are kept packed in typed-array columns (packResults), as a national-scale caller
 * would keep them; the objects of each chunk are then garbage.
 * Reports rows per second (validation alone, and JSON.parse + validation) and peak RSS.
 * Target: ≥ 1 000 000 rows/s and ≤ 1,5 GiB.
 */
import { AssessmentResultSchema, type PackedResults, packResults, parseRecords } from '../src/index.js';
import { COMBOS, SCHOOLS, YEARS } from './national.js';


function chunkText(from: number, to: number): string {
  const rows: unknown[] = [];
  let seed = from * 7919;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let s = from; s < to; s++) {
    for (const year of YEARS) {
      for (const [procedure, subject, grade] of COMBOS) {
        const n2 = rnd(6);
        const n3 = rnd(20);
        const n4 = rnd(20);
        const n5 = rnd(10);
        const participants = n2 + n3 + n4 + n5;
        const broken = (s * 131 + year * 7 + grade) % 1000 === 0 && subject === 'math';
        rows.push({
          schoolId: `s${s}`,
          year,
          procedure,
          subject,
          grade,
          participants: broken ? -participants - 1 : participants,
          marks: { '2': n2, '3': n3, '4': n4, '5': n5 },
          belowMinimum: n2,
          mean: participants === 0 ? 0 : Math.round(((2 * n2 + 3 * n3 + 4 * n4 + 5 * n5) / participants) * 100) / 100,
        });
      }
    }
  }
  return JSON.stringify(rows);
}

const CHUNK = 1000;
const kept: PackedResults[] = [];
let tPack = 0;
let rows = 0;
let rejected = 0;
let issues = 0;
let tParse = 0;
let tValidate = 0;
for (let from = 0; from < SCHOOLS; from += CHUNK) {
  const text = chunkText(from, Math.min(SCHOOLS, from + CHUNK));
  const t0 = performance.now();
  const data = JSON.parse(text) as unknown[];
  const t1 = performance.now();
  const r = parseRecords('results', data, rows);
  const t2 = performance.now();
  tParse += t1 - t0;
  tValidate += t2 - t1;
  rows += data.length;
  rejected += r.rejected;
  issues += r.issues.length;
  const t3 = performance.now();
  kept.push(packResults(r.valid));
  tPack += performance.now() - t3;
}
const peak = process.resourceUsage().maxRSS * 1024;
// for comparison: the zod schema alone on one chunk (what the fast validator saves)
const sample = JSON.parse(chunkText(0, CHUNK)) as unknown[];
const tz0 = performance.now();
for (const row of sample) AssessmentResultSchema.safeParse(row);
const zodRate = sample.length / ((performance.now() - tz0) / 1000);
const fmt = (n: number): string => Math.round(n).toLocaleString('ru-RU');
console.log('\nparse and validate: national-size results');
console.table([
  {
    rows: fmt(rows),
    kept: fmt(kept.reduce((s, c) => s + c.size, 0)),
    rejected: fmt(rejected),
    issues: fmt(issues),
    'validate, rows/s': fmt(rows / (tValidate / 1000)),
    'JSON.parse + validate, rows/s': fmt(rows / ((tParse + tValidate) / 1000)),
    'validate, s': (tValidate / 1000).toFixed(2),
    'pack, s': (tPack / 1000).toFixed(2),
    'peak RSS, MiB': fmt(peak / 1048576),
    'zod alone, rows/s': fmt(zodRate),
  },
]);
