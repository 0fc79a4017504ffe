/**
 * `npm run bench`: micro-benchmarks of the exact-number core (tinybench, printed as a table),
 * then the dataset-scale benchmarks in bench/*.bench.ts, each printing its own table
 * (`npm run bench -- parse` runs only the ones named; `npm run bench -- programYear` the whole
 * program year from a file beside a hand loop and DuckDB, at SHNOR_BENCH_SIZES schools).
 * Run on an idle machine; numbers are for comparison between commits, not absolute.
 */
import { Bench } from 'tinybench';
import { compareShareToPercent, formatPercent, percentagePointChange, round, share, sharePercent } from '../src/index.js';

const bench = new Bench({ time: 500 });
const shares = Array.from({ length: 1000 }, (_, i) => share(i % 37, 40 + (i % 60)));

bench
  .add('compareShareToPercent ×1000 (exact, BigInt)', () => {
    for (const s of shares) compareShareToPercent(s, 'gte', 30);
  })
  .add('sharePercent ×1000 (decimal, 40 digits)', () => {
    for (const s of shares) sharePercent(s);
  })
  .add('round ×1000 (half-up, 1 decimal)', () => {
    for (let i = 0; i < 1000; i++) round(i / 7, 1);
  })
  .add('percentagePointChange ×1000', () => {
    for (let i = 1; i < 1000; i++) percentagePointChange(shares[i - 1]!, shares[i]!);
  })
  .add('formatPercent ×1000 (ru, 1 decimal)', () => {
    for (const s of shares) formatPercent(s, { decimals: 1 });
  });

await bench.run();
console.log('exact-number core');
console.table(bench.table());

// dataset-scale benchmarks: all by default, or the ones named (`npm run bench -- parse`)
const named = process.argv.slice(2);
for (const name of named.length > 0 ? named : ['parse', 'identify', 'programYear']) {
  await import(`./${name}.bench.ts`);
}
