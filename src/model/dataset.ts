import { duplicateMessage } from './_lib/duplicateWords.js';

/** The text of a duplicate record's issue, for the readers of `shnor/io`. @internal */
export { duplicateMessage };
import { z } from 'zod';
import { ShnorError } from '../errors/ShnorError.js';
import { invalidOptionError } from '../errors/raise.js';
import { FactDeclarationSchema, FactValueSchema, ProcedureDeclarationSchema, SubjectDeclarationSchema } from './facts.js';
import { PROCEDURE_IDS, SUBJECTS } from './catalogues.js';
import { ExternalFactSchema, ReportedAggregateSchema, ResourcesSchema, SchoolFactsSchema, SocialPassportSchema, StaffingSchema, TerritoryFactsSchema } from './context.js';
import { IdSchema, NameSchema, YearSchema } from './primitives.js';
import { AssessmentResultSchema, MinimumThresholdSchema, PupilResultSchema, TerritoryResultSchema } from './results.js';
import { SchoolSchema, TerritorySchema } from './school.js';
import { type SafeResult, type ValidationIssue, toValidationIssues } from './validation.js';
import { fastAssessmentResult, isPlain } from './_lib/fastResult.js';
import { FAST_RECORDS } from './_lib/fastRecords.js';

/**
 * The record collections of a dataset, each validated record by record.
 *
 * @category Model
 */
export const DATASET_COLLECTIONS: {
  readonly territories: typeof TerritorySchema;
  readonly schools: typeof SchoolSchema;
  readonly thresholds: typeof MinimumThresholdSchema;
  readonly results: typeof AssessmentResultSchema;
  readonly territoryResults: typeof TerritoryResultSchema;
  readonly pupilResults: typeof PupilResultSchema;
  readonly social: typeof SocialPassportSchema;
  readonly staffing: typeof StaffingSchema;
  readonly resources: typeof ResourcesSchema;
  readonly facts: typeof SchoolFactsSchema;
  readonly territoryFacts: typeof TerritoryFactsSchema;
  readonly external: typeof ExternalFactSchema;
  readonly reported: typeof ReportedAggregateSchema;
  readonly declaredFacts: typeof FactDeclarationSchema;
  readonly factValues: typeof FactValueSchema;
  readonly declaredSubjects: typeof SubjectDeclarationSchema;
  readonly declaredProcedures: typeof ProcedureDeclarationSchema;
} = {
  territories: TerritorySchema,
  schools: SchoolSchema,
  thresholds: MinimumThresholdSchema,
  results: AssessmentResultSchema,
  territoryResults: TerritoryResultSchema,
  pupilResults: PupilResultSchema,
  social: SocialPassportSchema,
  staffing: StaffingSchema,
  resources: ResourcesSchema,
  facts: SchoolFactsSchema,
  territoryFacts: TerritoryFactsSchema,
  external: ExternalFactSchema,
  reported: ReportedAggregateSchema,
  declaredFacts: FactDeclarationSchema,
  factValues: FactValueSchema,
  declaredSubjects: SubjectDeclarationSchema,
  declaredProcedures: ProcedureDeclarationSchema,
} as const;

/**
 * The name of a record collection of a dataset.
 *
 * @category Model
 */
export type DatasetCollection = keyof typeof DATASET_COLLECTIONS;

/**
 * A dataset: one municipality (or region) over several years, bundling schools, assessment
 * results, social passports, staffing, resources, other facts and external identification facts.
 *
 * @category Model
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const DatasetSchema: z.ZodObject<
  {
    format: z.ZodLiteral<'shnor.dataset/1'>;
    id: typeof IdSchema;
    name: typeof NameSchema;
    territoryId: typeof IdSchema;
    years: z.ZodArray<typeof YearSchema>;
    provenanceNote: z.ZodOptional<z.ZodString>;
    territories: z.ZodArray<typeof TerritorySchema>;
    schools: z.ZodArray<typeof SchoolSchema>;
    thresholds: z.ZodOptional<z.ZodArray<typeof MinimumThresholdSchema>>;
    results: z.ZodOptional<z.ZodArray<typeof AssessmentResultSchema>>;
    territoryResults: z.ZodOptional<z.ZodArray<typeof TerritoryResultSchema>>;
    pupilResults: z.ZodOptional<z.ZodArray<typeof PupilResultSchema>>;
    social: z.ZodOptional<z.ZodArray<typeof SocialPassportSchema>>;
    staffing: z.ZodOptional<z.ZodArray<typeof StaffingSchema>>;
    resources: z.ZodOptional<z.ZodArray<typeof ResourcesSchema>>;
    facts: z.ZodOptional<z.ZodArray<typeof SchoolFactsSchema>>;
    territoryFacts: z.ZodOptional<z.ZodArray<typeof TerritoryFactsSchema>>;
    external: z.ZodOptional<z.ZodArray<typeof ExternalFactSchema>>;
    reported: z.ZodOptional<z.ZodArray<typeof ReportedAggregateSchema>>;
    declaredFacts: z.ZodOptional<z.ZodArray<typeof FactDeclarationSchema>>;
    factValues: z.ZodOptional<z.ZodArray<typeof FactValueSchema>>;
    declaredSubjects: z.ZodOptional<z.ZodArray<typeof SubjectDeclarationSchema>>;
    declaredProcedures: z.ZodOptional<z.ZodArray<typeof ProcedureDeclarationSchema>>;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  /** the format version */
  format: z.literal('shnor.dataset/1'),
  id: IdSchema,
  name: NameSchema,
  /** the territory the dataset is about */
  territoryId: IdSchema,
  years: z.array(YearSchema).min(1),
  /** what in the data is real and what is synthetic, in words */
  provenanceNote: z.string().optional(),
  territories: z.array(TerritorySchema).min(1),
  schools: z.array(SchoolSchema),
  thresholds: z.array(MinimumThresholdSchema).optional(),
  results: z.array(AssessmentResultSchema).optional(),
  territoryResults: z.array(TerritoryResultSchema).optional(),
  pupilResults: z.array(PupilResultSchema).optional(),
  social: z.array(SocialPassportSchema).optional(),
  staffing: z.array(StaffingSchema).optional(),
  resources: z.array(ResourcesSchema).optional(),
  facts: z.array(SchoolFactsSchema).optional(),
  territoryFacts: z.array(TerritoryFactsSchema).optional(),
  external: z.array(ExternalFactSchema).optional(),
  reported: z.array(ReportedAggregateSchema).optional(),
  /** school facts declared by the dataset (id, names, unit), read by rules as measures */
  declaredFacts: z.array(FactDeclarationSchema).optional(),
  /** the yearly values of the declared facts */
  factValues: z.array(FactValueSchema).optional(),
  /** subjects beyond the built-in catalogue, with their names */
  declaredSubjects: z.array(SubjectDeclarationSchema).optional(),
  /** procedures beyond the built-in catalogue, with their names and scales; result rows may name them */
  declaredProcedures: z.array(ProcedureDeclarationSchema).optional(),
});

/**
 * A dataset (see {@link DatasetSchema}).
 *
 * @category Model
 */
export type Dataset = z.output<typeof DatasetSchema>;

// the header fields, not strict: the collections are validated record by record below
const HEADER = z.object(DatasetSchema.pick({ format: true, id: true, name: true, territoryId: true, years: true, provenanceNote: true }).shape);

/**
 * The result of {@link parseDatasetPartial}: every valid record kept, every invalid one reported.
 *
 * @category Model
 */
export interface PartialDataset {
  /** The dataset with the valid records only; `null` when the header itself is invalid. */
  readonly dataset: Dataset | null;
  /** Every issue, with its path in the input. */
  readonly issues: readonly ValidationIssue[];
  /** How many records of each collection were kept and rejected. */
  readonly counts: Readonly<Record<string, { readonly kept: number; readonly rejected: number }>>;
}


function issue(code: string, path: (string | number)[], received: unknown, ru: string, en: string): ValidationIssue {
  return { code, path, received, message: { ru, en } };
}

const BUILT_IN_PROCEDURES: ReadonlySet<string> = new Set(PROCEDURE_IDS);
const BUILT_IN_SUBJECTS: ReadonlySet<string> = new Set(SUBJECTS.map((s) => s.id));

/**
 * The ids of a catalogue plus a dataset's declarations: the valid ones when a schema is given (an
 * untrusted dataset), else every declaration's id (declarations already checked).
 */
function withDeclared(builtIn: ReadonlySet<string>, declared: unknown, schema?: z.ZodType<{ id: string }>): ReadonlySet<string> {
  if (!Array.isArray(declared) || declared.length === 0) return builtIn;
  const out = new Set(builtIn);
  for (const d of declared) {
    if (schema === undefined) out.add((d as { id: string }).id);
    else {
      const r = schema.safeParse(d);
      if (r.success) out.add(r.data.id);
    }
  }
  return out;
}

/** The procedure ids a dataset's records may use: the built-in ones and the valid declared ones. @internal */
export function knownProcedures(declared: unknown): ReadonlySet<string> {
  return withDeclared(BUILT_IN_PROCEDURES, declared, ProcedureDeclarationSchema);
}

/** The subject ids a dataset's records may use: the built-in ones and the valid declared ones. @internal */
export function knownSubjects(declared: unknown): ReadonlySet<string> {
  return withDeclared(BUILT_IN_SUBJECTS, declared, SubjectDeclarationSchema);
}

/** The issue of a record naming a procedure that is neither built in nor declared. @internal */
export function unknownProcedure(path: (string | number)[], id: string): ValidationIssue {
  return issue('unknown_procedure', path, id, `процедура «${id}» не входит в каталог и не объявлена в наборе данных (declaredProcedures)`, `procedure "${id}" is neither in the catalogue nor declared by the dataset (declaredProcedures)`);
}

/** The issue of a record naming a subject that is neither built in nor declared. @internal */
export function unknownSubject(path: (string | number)[], id: string): ValidationIssue {
  return issue('unknown_subject', path, id, `предмет «${id}» не входит в каталог и не объявлен в наборе данных (declaredSubjects)`, `subject "${id}" is neither in the catalogue nor declared by the dataset (declaredSubjects)`);
}

/** The first issue of a record's procedure and subject against the known ids, or `null`. */
function unknownIdIssue(rec: Record<string, unknown>, collection: string, index: number, procedures: ReadonlySet<string>, subjects: ReadonlySet<string>): ValidationIssue | null {
  if (typeof rec.procedure === 'string' && !procedures.has(rec.procedure)) return unknownProcedure([collection, index, 'procedure'], rec.procedure);
  if (typeof rec.subject === 'string' && !subjects.has(rec.subject)) return unknownSubject([collection, index, 'subject'], rec.subject);
  return null;
}

function resultKey(r: { year: number; procedure: string; subject: string; grade: number; stage?: string | undefined }, id: string): string {
  return `${id}|${r.year}|${r.procedure}|${r.subject}|${r.grade}|${r.stage ?? ''}`;
}

const STAGE_ORDER = ['school', 'municipal', 'regional', 'final'];

/**
 * Duplicate keys of result rows: per school (or territory), a set of numbers, one per (year,
 * procedure, subject, grade, stage) — no string per row. A subject's and a procedure's codes are
 * fixed at their first appearance, so a row whose code is too large for an exact number (more than
 * 2^26 subjects or 2^13 procedures) is keyed by a string, and so is every row it could repeat.
 */
class RowKeys {
  private readonly sets = new Map<string, Set<number>>();
  private readonly subjects = new Map<string, number>();
  private readonly procedures = new Map<string, number>();
  private static code(d: Map<string, number>, v: string): number {
    let c = d.get(v);
    if (c === undefined) {
      c = d.size;
      d.set(v, c);
    }
    return c;
  }
  /** The row's number (exact: below 2^53), or −1 when its codes are too large. */
  of(r: { year: number; procedure: string; subject: string; grade: number; stage?: string | undefined }): number {
    const subject = RowKeys.code(this.subjects, r.subject);
    const procedure = RowKeys.code(this.procedures, r.procedure);
    if (subject >= 67108864 || procedure >= 8192) return -1;
    const stage = r.stage === undefined ? 0 : 1 + STAGE_ORDER.indexOf(r.stage);
    // year − 1990 < 128, grade < 16, stage < 8 (validated rows)
    return (((subject * 8192 + procedure) * 128 + (r.year - 1990)) * 16 + r.grade) * 8 + stage;
  }
  has(owner: string, key: number): boolean {
    return this.sets.get(owner)?.has(key) === true;
  }
  add(owner: string, key: number): void {
    let set = this.sets.get(owner);
    if (set === undefined) {
      set = new Set();
      this.sets.set(owner, set);
    }
    set.add(key);
  }
}

/**
 * The collections of one record per school and year, keyed by (schoolId, year) and with no other
 * reference nor procedure or subject (their schemas have no such field): checked by
 * {@link schoolYearRecords}.
 */
const SCHOOL_YEAR: ReadonlySet<DatasetCollection> = new Set<DatasetCollection>(['social', 'staffing', 'resources', 'facts']);

/**
 * A record of a collection as the fast validator gives it, else as the schema parses it; `undefined`
 * (its issues added) when it is invalid.
 */
function checkedRecord(row: unknown, fastRecord: ((row: unknown) => Record<string, unknown> | undefined) | undefined, schema: z.ZodType, name: DatasetCollection, i: number, issues: ValidationIssue[]): Record<string, unknown> | undefined {
  const rec = fastRecord?.(row);
  if (rec !== undefined) return rec;
  const r = schema.safeParse(row, { reportInput: true });
  if (r.success) return r.data as Record<string, unknown>;
  issues.push(...toValidationIssues(r.error.issues, [name, i]));
  return undefined;
}

/**
 * The records of a collection of {@link SCHOOL_YEAR}, validated and checked as the general loop of
 * {@link parseDatasetPartial} checks them — the same issues in the same order — but a record's
 * (school, year) is a bit in a table by the school's place instead of a string in a set: a record
 * of an unknown school is never a duplicate (it is not kept), so the school is looked up first.
 * `schoolIds` are the kept schools in order (`schoolIndex` gives each one's place): records listed
 * school by school, as a national frame lists them, find their school at the previous record's place
 * or the next one without a lookup.
 */
function schoolYearRecords(name: DatasetCollection, raw: readonly unknown[], schema: z.ZodType, schoolIndex: ReadonlyMap<string, number>, schoolIds: readonly string[], issues: ValidationIssue[], c: { kept: number; rejected: number }): unknown[] {
  const kept: unknown[] = [];
  const fastRecord = FAST_RECORDS[name];
  // a bit per school and year (1990–2100: 111 years)
  const bits = new Int32Array(((schoolIndex.size * 111) >>> 5) + 1);
  // the place of the previous record's school
  let last = 0;
  for (let i = 0; i < raw.length; i++) {
    const rec = checkedRecord(raw[i], fastRecord, schema, name, i, issues);
    if (rec === undefined) {
      c.rejected++;
      continue;
    }
    const schoolId = rec.schoolId as string;
    const year = rec.year as number;
    const at = schoolIds[last] === schoolId ? last : schoolIds[last + 1] === schoolId ? last + 1 : schoolIndex.get(schoolId);
    if (at === undefined) {
      issues.push(issue('unknown_school', [name, i, 'schoolId'], schoolId, `школы «${schoolId}» нет среди школ набора данных`, `school "${schoolId}" is not in schools`));
      c.rejected++;
      continue;
    }
    last = at;
    const bit = at * 111 + (year - 1990);
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if (((bits[word] as number) & mask) !== 0) {
      const key = `${schoolId}|${year}`;
      const words = duplicateMessage(name, key);
      issues.push(issue('duplicate_record', [name, i], key, words.ru, words.en));
      c.rejected++;
      continue;
    }
    bits[word] = (bits[word] as number) | mask;
    kept.push(rec);
    c.kept++;
  }
  return kept;
}

/**
 * The schools, validated and checked as the general loop of {@link parseDatasetPartial} checks them
 * — the same issues in the same order (the schema has no procedure, subject nor school reference):
 * a repeated id (the kept schools are those of `schoolIndex`), then an unknown territory. Each kept
 * school gets its place in `schoolIndex` and `schoolIds`.
 */
function schoolRecords(raw: readonly unknown[], schema: z.ZodType, schoolIndex: Map<string, number>, schoolIds: string[], territoryIds: ReadonlySet<string>, issues: ValidationIssue[], c: { kept: number; rejected: number }): unknown[] {
  const kept: unknown[] = [];
  const fastRecord = FAST_RECORDS.schools;
  for (let i = 0; i < raw.length; i++) {
    const rec = checkedRecord(raw[i], fastRecord, schema, 'schools', i, issues);
    if (rec === undefined) {
      c.rejected++;
      continue;
    }
    const id = rec.id as string;
    if (schoolIndex.has(id)) {
      issues.push(issue('duplicate_id', ['schools', i], id, duplicateMessage('schools', id).ru, duplicateMessage('schools', id).en));
      c.rejected++;
      continue;
    }
    const territoryId = rec.territoryId as string;
    if (!territoryIds.has(territoryId)) {
      issues.push(issue('unknown_territory', ['schools', i, 'territoryId'], territoryId, `территории «${territoryId}» нет среди территорий набора данных`, `territory "${territoryId}" is not in territories`));
      c.rejected++;
      continue;
    }
    schoolIndex.set(id, schoolIds.length);
    schoolIds.push(id);
    kept.push(rec);
    c.kept++;
  }
  return kept;
}

/**
 * Parses a dataset leniently: every valid record is kept, every invalid one is reported with its
 * path, and nothing is dropped silently. One bad school in thousands never stops the others.
 * Records that refer to an unknown school, and duplicates of an earlier record, are rejected and
 * reported too.
 *
 * @param input - Untrusted data (e.g. `JSON.parse` of a file).
 * @returns The dataset with the valid records, the issues, and counts of kept and rejected records.
 * @example
 * ```ts
 * // набор Режа, где в 13-й строке результатов число участников отрицательное
 * const input = JSON.parse(text);
 * input.results[12].participants = -5;
 * const { dataset: kept, issues } = parseDatasetPartial(input);
 * issues.map((i) => i.path.join('.')) //=> ['results.12.participants']
 * kept.results.length //=> 278 (из 279: неверная строка отброшена)
 * ```
 * @category Model
 */
export function parseDatasetPartial(input: unknown): PartialDataset {
  const issues: ValidationIssue[] = [];
  const counts: Record<string, { kept: number; rejected: number }> = {};
  if (!isPlain(input)) {
    return { dataset: null, issues: [issue('invalid_type', [], typeof input, 'набор данных должен быть объектом JSON', 'a dataset must be a JSON object')], counts };
  }
  const header = HEADER.safeParse(input, { reportInput: true });
  if (!header.success) issues.push(...toValidationIssues(header.error.issues));
  const known = new Set(['format', 'id', 'name', 'territoryId', 'years', 'provenanceNote', ...Object.keys(DATASET_COLLECTIONS)]);
  for (const key of Object.keys(input)) {
    if (!known.has(key)) issues.push(issue('unrecognized_keys', [key], key, `неизвестное поле «${key}»`, `unknown field "${key}"`));
  }
  const out: Record<string, unknown[]> = {};
  // each kept school's place, in order: its records of a year are found by number, not by a string
  const schoolIndex = new Map<string, number>();
  const schoolIds: string[] = [];
  const territoryIds = new Set<string>();
  const procedures = knownProcedures(input.declaredProcedures);
  const subjects = knownSubjects(input.declaredSubjects);
  for (const [name, schema] of Object.entries(DATASET_COLLECTIONS) as [DatasetCollection, z.ZodType][]) {
    const raw = input[name];
    counts[name] = { kept: 0, rejected: 0 };
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      issues.push(issue('invalid_type', [name], typeof raw, `«${name}» должно быть массивом`, `"${name}" must be an array`));
      continue;
    }
    if (name === 'schools') {
      out[name] = schoolRecords(raw, schema, schoolIndex, schoolIds, territoryIds, issues, counts[name] as { kept: number; rejected: number });
      continue;
    }
    if (SCHOOL_YEAR.has(name)) {
      out[name] = schoolYearRecords(name, raw, schema, schoolIndex, schoolIds, issues, counts[name] as { kept: number; rejected: number });
      continue;
    }
    const kept: unknown[] = [];
    const seen = new Set<string>();
    // results: a number per (year, procedure, subject, grade, stage) in a set per school, no string per row
    const rowKeys = new RowKeys();
    const c = counts[name] as { kept: number; rejected: number };
    // the national frame's collections have fast validators too: the schema only when one is unsure
    const fastRecord = FAST_RECORDS[name];
    for (let i = 0; i < raw.length; i++) {
      const row: unknown = raw[i];
      let value: unknown = fastRecord?.(row);
      if (value !== undefined) {
        // valid, in the schema's key order
      } else if (name === 'results' && fastAssessmentResult(row)) value = row;
      else {
        const r = schema.safeParse(row, { reportInput: true });
        if (!r.success) {
          issues.push(...toValidationIssues(r.error.issues, [name, i]));
          c.rejected++;
          continue;
        }
        value = r.data;
      }
      const rec = value as Record<string, unknown>;
      const unknownId = unknownIdIssue(rec, name, i, procedures, subjects);
      if (unknownId !== null) {
        issues.push(unknownId);
        c.rejected++;
        continue;
      }
      if (name === 'declaredProcedures' && BUILT_IN_PROCEDURES.has(String(rec.id))) {
        issues.push(issue('duplicate_id', [name, i, 'id'], rec.id, `процедура «${String(rec.id)}» уже есть в каталоге: объявлять её не нужно`, `procedure "${String(rec.id)}" is built in: it needs no declaration`));
        c.rejected++;
        continue;
      }
      // references and duplicates
      let key: string | null = null;
      let rowKey = -1;
      // (schools and the records of a school and year have their own loops above)
      if (name === 'territories' || name === 'declaredProcedures' || name === 'declaredSubjects') key = String(rec.id);
      else if (name === 'results' || name === 'territoryResults') {
        rowKey = rowKeys.of(rec as never);
        if (rowKey < 0) key = resultKey(rec as never, String(rec.schoolId ?? rec.territoryId));
      }
      else if (name === 'pupilResults') key = `${String(rec.pupilId)}|${String(rec.year)}|${String(rec.procedure)}|${String(rec.subject)}`;
      if (rowKey >= 0 && rowKeys.has(String(rec.schoolId ?? rec.territoryId), rowKey)) key = resultKey(rec as never, String(rec.schoolId ?? rec.territoryId));
      if (key !== null && (rowKey >= 0 || seen.has(key))) {
        const words = duplicateMessage(name, key);
        issues.push(issue(name === 'territories' || name === 'declaredProcedures' || name === 'declaredSubjects' ? 'duplicate_id' : 'duplicate_record', [name, i], key, words.ru, words.en));
        c.rejected++;
        continue;
      }
      if ('schoolId' in rec && !schoolIndex.has(String(rec.schoolId))) {
        issues.push(issue('unknown_school', [name, i, 'schoolId'], rec.schoolId, `школы «${String(rec.schoolId)}» нет среди школ набора данных`, `school "${String(rec.schoolId)}" is not in schools`));
        c.rejected++;
        continue;
      }
      if ('territoryId' in rec && name !== 'territories' && !territoryIds.has(String(rec.territoryId))) {
        issues.push(issue('unknown_territory', [name, i, 'territoryId'], rec.territoryId, `территории «${String(rec.territoryId)}» нет среди территорий набора данных`, `territory "${String(rec.territoryId)}" is not in territories`));
        c.rejected++;
        continue;
      }
      if (rowKey >= 0) rowKeys.add(String(rec.schoolId ?? rec.territoryId), rowKey);
      else if (key !== null) seen.add(key);
      if (name === 'territories') territoryIds.add(String(rec.id));
      kept.push(value);
      c.kept++;
    }
    out[name] = kept;
  }
  if (!header.success) return { dataset: null, issues, counts };
  if (!territoryIds.has(header.data.territoryId)) {
    issues.push(issue('unknown_territory', ['territoryId'], header.data.territoryId, 'территории, к которой относится набор данных, нет среди его территорий', 'the dataset\u2019s territory is not in territories'));
  }
  const dataset = { ...header.data, territories: out.territories ?? [], schools: out.schools ?? [], ...Object.fromEntries(Object.entries(out).filter(([k]) => k !== 'territories' && k !== 'schools')) } as Dataset;
  return { dataset, issues, counts };
}

/**
 * The ids a dataset declares beyond the built-in catalogues, as {@link parseRecords} reads them (a
 * dataset or its frame has this shape).
 *
 * @category Model
 */
export interface DeclaredIds {
  /** Procedures beyond the catalogue (only their ids are read). */
  readonly declaredProcedures?: readonly { readonly id: string }[] | undefined;
  /** Subjects beyond the catalogue (only their ids are read). */
  readonly declaredSubjects?: readonly { readonly id: string }[] | undefined;
}

/**
 * The result of {@link parseRecords}.
 *
 * @category Model
 */
export interface ParsedRecords<T> {
  /** The valid records, in input order. */
  readonly valid: T[];
  /** Every issue, with its path (`[collection, index, …]`). */
  readonly issues: ValidationIssue[];
  /** How many records were rejected. */
  readonly rejected: number;
}

/**
 * Validates a batch of records of one collection (for example one chunk of a national file of
 * results), keeping every valid record and reporting every invalid one. Assessment results of the
 * common shape go through a fast validator that accepts exactly what the schema accepts; the
 * schema reports the issues of the others.
 *
 * @param collection - Which collection the records belong to (`results`, `schools`, …).
 * @param rows - The records, untrusted.
 * @param offset - The index of the first record in the whole collection, for issue paths; 0 by default.
 * @param declared - What the dataset declares beyond the catalogues (its `declaredProcedures` and
 *   `declaredSubjects`; the dataset's frame itself will do): a record naming a procedure or a
 *   subject that is neither built in nor declared is rejected (`unknown_procedure`,
 *   `unknown_subject`). Only the built-in ones are known when omitted.
 * @returns The valid records, the issues and the number rejected.
 * @throws {@link ShnorError} `INVALID_OPTION` for an unknown collection (`constructor` and other
 *   names of `Object.prototype` included), rows that are not an array, or a bad offset.
 * @example
 * ```ts
 * // вторая порция файла результатов ВПР (строки с 100 000), в 13-й её строке участников −5
 * const chunk = JSON.parse(text).results;
 * chunk[12].participants = -5;
 * const { valid, issues } = parseRecords('results', chunk, 100_000);
 * issues[0]?.path //=> ['results', 100012, 'participants']
 * valid.length //=> 278
 * ```
 * @category Model
 */
export function parseRecords<C extends DatasetCollection>(
  collection: C,
  rows: readonly unknown[],
  offset = 0,
  declared?: DeclaredIds,
): ParsedRecords<z.output<(typeof DATASET_COLLECTIONS)[C]>> {
  // an own key only: 'constructor' or 'toString' is not a collection
  const schema = typeof collection === 'string' && Object.prototype.hasOwnProperty.call(DATASET_COLLECTIONS, collection) ? (DATASET_COLLECTIONS[collection] as z.ZodType) : undefined;
  if (schema === undefined) throw invalidOptionError({ option: 'collection', value: collection, expected: { ru: `коллекция набора данных: ${Object.keys(DATASET_COLLECTIONS).map((x) => `«${x}»`).join(', ')}`, en: Object.keys(DATASET_COLLECTIONS).join(' | ') } });
  if (!Array.isArray(rows)) throw invalidOptionError({ option: 'rows', value: rows, expected: { ru: 'список записей', en: 'an array of records' } });
  if (!Number.isSafeInteger(offset) || offset < 0) throw invalidOptionError({ option: 'offset', value: offset, expected: { ru: 'целое неотрицательное число', en: 'a non-negative integer' } });
  const valid: unknown[] = [];
  const issues: ValidationIssue[] = [];
  let rejected = 0;
  const fast = collection === 'results';
  const fastRecord = FAST_RECORDS[collection];
  // only the ids are read (the declarations themselves are checked with the dataset)
  const procedures = withDeclared(BUILT_IN_PROCEDURES, declared?.declaredProcedures);
  const subjects = withDeclared(BUILT_IN_SUBJECTS, declared?.declaredSubjects);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const quick = fastRecord?.(row);
    const ok = quick !== undefined || (fast && fastAssessmentResult(row));
    const r = ok ? null : schema.safeParse(row, { reportInput: true });
    if (r === null || r.success) {
      const rec = (r === null ? (quick ?? row) : r.data) as Record<string, unknown>;
      const unknownId = unknownIdIssue(rec, collection, offset + i, procedures, subjects);
      if (unknownId !== null) {
        issues.push(unknownId);
        rejected++;
      } else valid.push(rec);
    } else {
      issues.push(...toValidationIssues(r.error.issues, [collection, offset + i]));
      rejected++;
    }
  }
  return { valid: valid as z.output<(typeof DATASET_COLLECTIONS)[C]>[], issues, rejected };
}

/**
 * Parses a dataset strictly: any issue makes the result a failure listing every issue.
 *
 * @param input - Untrusted data.
 * @returns `{ success: true, data }` or `{ success: false, issues }` with every issue (code, path, value, message in Russian and English).
 * @example
 * ```ts
 * const r = safeParseDataset(JSON.parse(text));
 * r.success //=> true
 * safeParseDataset({ format: 'shnor.dataset/1', id: 'реж' }).success //=> false
 * ```
 * @category Model
 */
export function safeParseDataset(input: unknown): SafeResult<Dataset> {
  const r = parseDatasetPartial(input);
  if (r.issues.length > 0 || r.dataset === null) {
    return { success: false, issues: (r.issues.length > 0 ? r.issues : [issue('invalid_type', [], null, 'набор данных не прочитан', 'the dataset could not be read')]) as [ValidationIssue, ...ValidationIssue[]] };
  }
  return { success: true, data: r.dataset };
}

/**
 * Parses a dataset strictly and returns it typed.
 *
 * @param input - Untrusted data.
 * @returns The dataset.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue.
 * @example
 * ```ts
 * // набор данных Режевского округа: 16 школ, результаты 2021–2024 годов
 * const dataset = parseDataset(JSON.parse(text));
 * dataset.schools.length //=> 16
 * ```
 * @category Model
 */
export function parseDataset(input: unknown): Dataset {
  const r = safeParseDataset(input);
  if (r.success) return r.data;
  throw new ShnorError('VALIDATION_FAILED', { what: 'Dataset', issues: r.issues });
}
