/**
 * The benchmark's national files, generated once per size into a temporary folder: N schools in 50
 * municipalities of one region, 5 years × 25 result rows each (the shape of bench/national.ts), with
 * social passports, resources, staffing, facts and the region's ЕГЭ totals. Written as CSV in long form
 * with its JSON frame and as JSON Lines, the same rows in both; the same generator builds
 * bench/identify.bench.ts's dataset in memory.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../src/index.js';
import { pluralForm } from '../src/errors/plural.js';
import { formatInSentence } from '../src/numbers/format.js';
import { COMBOS, YEARS } from './national.js';

const MUNICIPALITIES = 50;
const BATCH = 500;

/**
 * The generator's version, in the files' names: files of an older generator are not reused (2: an
 * ОГЭ mean mark is what its marks give; version 1's drawn means made every ОГЭ row a warning).
 */
const VERSION = 2;

/** Where the files of a size are. */
export function benchFiles(schools: number): { dir: string; csv: string; frame: string; jsonl: string } {
  const dir = process.env.SHNOR_BENCH_DIR ?? join(tmpdir(), 'shnor-bench');
  const base = join(dir, `national-${schools}-v${VERSION}`);
  return { dir, csv: `${base}.csv`, frame: `${base}.frame.json`, jsonl: `${base}.jsonl` };
}

async function write(path: string, parts: () => Generator<string>): Promise<void> {
  const tmp = `${path}.part`;
  const out = createWriteStream(tmp);
  for (const text of parts()) if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
  renameSync(tmp, path);
}

/** A result row of the generator: procedure, subject, grade, counts, mean. */
export interface GeneratedRow {
  readonly year: number;
  readonly procedure: string;
  readonly subject: string;
  readonly grade: number;
  readonly participants: number;
  readonly marks: readonly [number, number, number, number];
  readonly belowMinimum: number;
  readonly mean: number;
}

/** One school of the generator with everything it has. */
export interface GeneratedSchool {
  readonly school: Record<string, unknown>;
  readonly results: readonly GeneratedRow[];
  readonly facts: readonly Record<string, unknown>[];
  readonly social: Record<string, unknown>;
  readonly resources: Record<string, unknown>;
  readonly staffing: Record<string, unknown>;
}

/** The dataset's header, territories and territory totals (the region's ЕГЭ means, each year). */
export function nationalFrame(schools: number): { header: Record<string, unknown>; territories: Record<string, unknown>[]; territoryResults: Record<string, unknown>[] } {
  return {
    header: { format: 'shnor.dataset/1', id: `bench-${schools}`, name: { ru: `Проверочный набор: ${formatInSentence(schools)} ${pluralForm(schools, ['школа', 'школы', 'школ'])}` }, territoryId: 'region', years: [...YEARS] },
    territories: [
      { id: 'region', kind: 'region', name: { ru: 'Регион' } },
      ...Array.from({ length: MUNICIPALITIES }, (_, i) => ({ id: `mo${i}`, kind: 'municipality', name: { ru: `МО ${i}` }, parentId: 'region' })),
    ],
    territoryResults: YEARS.flatMap((year) => [
      { territoryId: 'region', year, procedure: 'ege', subject: 'russian', grade: 11, mean: 68 },
      { territoryId: 'region', year, procedure: 'ege', subject: 'math_profile', grade: 11, mean: 62 },
    ]),
  };
}

/**
 * The one generator of the benchmarks' national data (bench/programYear.bench.ts writes it to files,
 * bench/identify.bench.ts builds it in memory): N schools in 50 municipalities, 5 years × 25 result
 * rows each, deterministic (one linear congruential sequence, seed 12345), school by school.
 */
export function* nationalSchools(schools: number): Generator<GeneratedSchool> {
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let s = 0; s < schools; s++) {
    const id = `s${s}`;
    const school = { id, name: `Школа ${s}`, territoryId: `mo${s % MUNICIPALITIES}`, type: 'СОШ', settlement: s % 2 === 0 ? 'rural' : 'urban', distanceToCentreKm: rnd(80), smallClass: rnd(4) === 0 };
    const results: GeneratedRow[] = [];
    const facts: Record<string, unknown>[] = [];
    for (const year of YEARS) {
      for (const [procedure, subject, grade] of COMBOS) {
        const n2 = s % 7 === 0 ? 8 + rnd(10) : rnd(8);
        const n3 = rnd(20);
        const n4 = rnd(20);
        const n5 = rnd(10);
        const participants = n2 + n3 + n4 + n5 + 1;
        const drawn = procedure === 'ege' ? 40 + rnd(50) : 3 + rnd(20) / 10;
        // an ОГЭ mean mark is what its marks give (to two places), as in a real export: a drawn one
        // disagreed with them in every row — tens of thousands of consistency warnings no real file has;
        // the draw is kept so that every other number of the sequence stays the same
        const mean = procedure === 'oge' ? Math.round(((2 * n2 + 3 * (n3 + 1) + 4 * n4 + 5 * n5) / participants) * 100) / 100 : drawn;
        results.push({ year, procedure, subject, grade, participants, marks: [n2, n3 + 1, n4, n5], belowMinimum: n2, mean });
      }
      facts.push({ schoolId: id, year, olympiadParticipants: { count: rnd(30), total: 300 }, continuedToGrade10: { count: 10 + rnd(20), total: 30 }, parentsSatisfied: { count: 30 + rnd(70), total: 100 } });
    }
    const social = { schoolId: id, year: 2024, pupils: 300, counts: { parent_higher_education_one: rnd(200), large_family: rnd(100), non_native_russian: rnd(60), foster_care: rnd(10), kdn_registered: rnd(10), low_income: rnd(120) } };
    const resources = { schoolId: id, year: 2024, recentTextbooksPercent: rnd(100), deficits: rnd(3) === 0 ? [{ kind: 'staff', description: 'вакансия' }] : [] };
    const staffing = { schoolId: id, year: 2024, teachers: 30, highestCategory: rnd(10), firstCategory: rnd(10), onOneAndHalfRates: rnd(10), outsideDiploma: rnd(5) };
    yield { school, results, facts, social, resources, staffing };
  }
}

/** The generator's dataset in memory, rows as objects (bench/identify.bench.ts). */
export function nationalDataset(schools: number): Dataset {
  const { header, territories, territoryResults } = nationalFrame(schools);
  const out = { schools: [] as unknown[], results: [] as unknown[], social: [] as unknown[], resources: [] as unknown[], facts: [] as unknown[], staffing: [] as unknown[] };
  for (const g of nationalSchools(schools)) {
    out.schools.push(g.school);
    for (const r of g.results) {
      const [n2, n3, n4, n5] = r.marks;
      out.results.push({ schoolId: g.school.id, year: r.year, procedure: r.procedure, subject: r.subject, grade: r.grade, participants: r.participants, marks: { '2': n2, '3': n3, '4': n4, '5': n5 }, belowMinimum: r.belowMinimum, mean: r.mean });
    }
    out.facts.push(...g.facts);
    out.social.push(g.social);
    out.resources.push(g.resources);
    out.staffing.push(g.staffing);
  }
  return { ...header, territories, territoryResults, ...out } as unknown as Dataset;
}

/** Generates the files of a size unless they are there. */
export async function generate(schools: number): Promise<ReturnType<typeof benchFiles>> {
  const f = benchFiles(schools);
  if (existsSync(f.csv) && existsSync(f.frame) && existsSync(f.jsonl)) return f;
  mkdirSync(f.dir, { recursive: true });
  const { header, territories, territoryResults } = nationalFrame(schools);
  const frame: Record<string, unknown[]> = { territories, territoryResults, schools: [], social: [], resources: [], staffing: [], facts: [] };
  const csvLines: string[] = [];
  const jsonLines: string[] = [];
  const csvTmp = `${f.csv}.rows`;
  const jsonlTmp = `${f.jsonl}.rows`;
  const csvOut = createWriteStream(csvTmp);
  const jsonlOut = createWriteStream(jsonlTmp);
  const put = async (s: import('node:fs').WriteStream, text: string): Promise<void> => {
    if (!s.write(text)) await new Promise<void>((r) => s.once('drain', () => r()));
  };
  csvOut.write('schoolId,year,procedure,subject,grade,participants,marks.2,marks.3,marks.4,marks.5,belowMinimum,mean\n');
  let s = 0;
  for (const g of nationalSchools(schools)) {
    const id = g.school.id as string;
    (frame.schools as unknown[]).push(g.school);
    for (const r of g.results) {
      const [n2, n3, n4, n5] = r.marks;
      csvLines.push(`${id},${r.year},${r.procedure},${r.subject},${r.grade},${r.participants},${n2},${n3},${n4},${n5},${r.belowMinimum},${r.mean}\n`);
      jsonLines.push(
        `{"collection":"results","schoolId":"${id}","year":${r.year},"procedure":"${r.procedure}","subject":"${r.subject}","grade":${r.grade},"participants":${r.participants},"marks":{"2":${n2},"3":${n3},"4":${n4},"5":${n5}},"belowMinimum":${r.belowMinimum},"mean":${r.mean}}\n`,
      );
    }
    (frame.facts as unknown[]).push(...g.facts);
    (frame.social as unknown[]).push(g.social);
    (frame.resources as unknown[]).push(g.resources);
    (frame.staffing as unknown[]).push(g.staffing);
    s++;
    if (csvLines.length >= BATCH * 125 || s === schools) {
      await put(csvOut, csvLines.join(''));
      await put(jsonlOut, jsonLines.join(''));
      csvLines.length = 0;
      jsonLines.length = 0;
    }
  }
  await new Promise<void>((r) => csvOut.end(() => r()));
  await new Promise<void>((r) => jsonlOut.end(() => r()));
  writeFileSync(f.frame, JSON.stringify({ ...header, ...frame }));
  // JSON Lines: header and the frame's collections first, then the result rows
  await write(f.jsonl, function* () {
    yield `${JSON.stringify({ collection: 'dataset', ...header })}\n`;
    for (const [name, rows] of Object.entries(frame)) {
      const prefix = `{"collection":"${name}",`;
      let text = '';
      for (const r of rows) {
        text += `${prefix}${JSON.stringify(r).slice(1)}\n`;
        if (text.length > 1 << 20) {
          yield text;
          text = '';
        }
      }
      yield text;
    }
  });
  const { createReadStream, unlinkSync } = await import('node:fs');
  // append the result rows to the JSON Lines file
  await new Promise<void>((r, j) => {
    const out = createWriteStream(f.jsonl, { flags: 'a' });
    createReadStream(jsonlTmp).pipe(out).on('finish', () => r()).on('error', j);
  });
  renameSync(csvTmp, f.csv);
  unlinkSync(jsonlTmp);
  return f;
}
