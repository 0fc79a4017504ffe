/**
 * JSON Schemas of the input formats, generated from the zod schemas at the edge of the library (no
 * module of the core imports this one), made portable (no regular-expression features beyond what
 * Python's `re` and other validators read) and described field by field.
 */
import { z } from 'zod';
import { MethodologySchema } from '../criteria/schema.js';
import { IndicatorDefinitionSchema } from '../indicators/definition.js';
import { ExternalFactSchema, ResourcesSchema, SchoolFactsSchema, SocialPassportSchema, StaffingSchema } from '../model/context.js';
import { DatasetSchema } from '../model/dataset.js';
import { IdSchema, YearSchema } from '../model/primitives.js';
import { AssessmentResultSchema, MinimumThresholdSchema, PupilResultSchema } from '../model/results.js';
import { SchoolSchema, TerritorySchema } from '../model/school.js';
import { ProgramSchema } from '../programs/schema.js';
import { AntiRiskProgramSchema } from '../risk/antiRiskProgram.js';
import { RiskProfileSchema } from '../risk/profile.js';
import { describe } from './describe.js';

/** The actuals file: indicator values by indicator id and year (the file `--actuals` reads). */
const ActualsFileSchema = z.strictObject({
  note: z.string().optional(),
  provenance: z.record(z.string(), z.string()).optional(),
  actuals: z.record(
    IdSchema,
    z.array(
      z.strictObject({
        year: YearSchema,
        value: z.union([
          z.number().min(-1e12).max(1e12),
          z.string().regex(/^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*$/).max(40),
          z.strictObject({ count: z.number().int().min(0).max(1e9), total: z.number().int().min(1).max(1e9) }),
          z.boolean(),
          z.null(),
        ]),
      }),
    ),
  ),
});

/** The risk-profiles file: imported profiles of several schools and years. */
const RiskProfilesFileSchema = z.strictObject({ note: z.string().optional(), profiles: z.array(RiskProfileSchema) });

const SCHEMAS: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  dataset: DatasetSchema,
  school: SchoolSchema,
  territory: TerritorySchema,
  'assessment-result': AssessmentResultSchema,
  'pupil-result': PupilResultSchema,
  'minimum-threshold': MinimumThresholdSchema,
  'social-passport': SocialPassportSchema,
  staffing: StaffingSchema,
  resources: ResourcesSchema,
  'school-facts': SchoolFactsSchema,
  'external-fact': ExternalFactSchema,
  'indicator-definition': IndicatorDefinitionSchema,
  methodology: MethodologySchema,
  program: ProgramSchema,
  actuals: ActualsFileSchema,
  'risk-profile': RiskProfileSchema,
  'risk-profiles': RiskProfilesFileSchema,
  'anti-risk-program': AntiRiskProgramSchema,
};

const TITLES: Readonly<Record<JsonSchemaName, string>> = {
  dataset: 'A dataset: territories, schools, results, social passports, staffing, resources, facts (format shnor.dataset/1).',
  school: 'A school: identity, name variants, type, location and size.',
  territory: 'A territory: a region or a municipality.',
  'assessment-result': 'A school’s aggregate result in one procedure, subject and grade for a year.',
  'pupil-result': 'One pupil’s result.',
  'minimum-threshold': 'The minimum threshold of a procedure and subject in a year.',
  'social-passport': 'A school’s social passport for a year.',
  staffing: 'A school’s staffing for a year.',
  resources: 'A school’s resources for a year.',
  'school-facts': 'A school’s other yearly facts.',
  'external-fact': 'A fact decided outside the library (a list, a group, a place).',
  'indicator-definition': 'A target indicator: what it measures, which way is better, its targets.',
  methodology: 'An identification methodology: territories, dates, indices and categories with their rules.',
  program: 'A whole program: territory, period, legal basis, methodology, risk rules, indicators, calendar.',
  actuals: 'Actual values of a program’s indicators by indicator id and year.',
  'risk-profile': 'A school’s risk profile for a year.',
  'risk-profiles': 'A file of risk profiles (several schools and years).',
  'anti-risk-program': 'A school’s anti-risk program: priority factors, measures, indicators.',
};

/**
 * The name of an input format with a JSON Schema.
 *
 * @category Model
 */
export type JsonSchemaName =
  | 'dataset'
  | 'school'
  | 'territory'
  | 'assessment-result'
  | 'pupil-result'
  | 'minimum-threshold'
  | 'social-passport'
  | 'staffing'
  | 'resources'
  | 'school-facts'
  | 'external-fact'
  | 'indicator-definition'
  | 'methodology'
  | 'program'
  | 'actuals'
  | 'risk-profile'
  | 'risk-profiles'
  | 'anti-risk-program';

/**
 * Every input format with a JSON Schema.
 *
 * @category Model
 */
export const JSON_SCHEMA_NAMES: readonly JsonSchemaName[] = Object.keys(SCHEMAS) as JsonSchemaName[];

/**
 * Patterns that other validators cannot read, and their portable replacements. `\p{L}` and `\p{N}`
 * (Unicode letters and digits) become "anything but controls, spaces other than the plain space,
 * and ASCII punctuation outside the allowed set": as strict for ASCII, a little looser for other
 * scripts (the library itself still checks letters).
 */
const PORTABLE: readonly (readonly [RegExp, string])[] = [[/^\^\[\\p\{L\}\\p\{N\}_\\-\.:\/№ \]\+\$$/, '^[^\\x00-\\x1F\\x7F\\t\\n\\r!"#$%&\'()*+,;<=>?@\\[\\\\\\]^`{|}~]+$']];

/** Regular-expression features outside the portable subset (Unicode classes, lookbehind, named groups, flags). */
export const NON_PORTABLE_PATTERN: RegExp = /\\p\{|\\P\{|\(\?<[=!]|\(\?<\w|\\u\{|\(\?[imsx]/;

function portable(pattern: string): string {
  for (const [re, replacement] of PORTABLE) if (re.test(pattern)) return replacement;
  return pattern;
}

/** Adds descriptions and portable patterns throughout a generated schema. */
function finish(node: unknown, parent: string): unknown {
  if (Array.isArray(node)) return node.map((x) => finish(x, parent));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'pattern' && typeof v === 'string') out[k] = portable(v);
    else if (k === 'properties' && v !== null && typeof v === 'object') {
      const props: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(v as Record<string, unknown>)) {
        const s = finish(sub, name) as Record<string, unknown>;
        const d = describe(parent, name);
        props[name] = typeof s === 'object' && s !== null && s.description === undefined && d !== undefined ? { description: d, ...s } : s;
      }
      out[k] = props;
    } else if (k === 'propertyNames' || k === 'additionalProperties' || k === 'items' || k === 'prefixItems' || k === 'anyOf' || k === 'oneOf' || k === 'allOf' || k === '$defs' || k === 'not') {
      out[k] = k === '$defs' && v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([dk, dv]) => [dk, finish(dv, dk)])) : finish(v, parent);
    } else out[k] = v;
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of an input format, generated from its zod schema, for
 * integrators who validate in another language: every field described, regular expressions that
 * Python's `jsonschema` and other validators read. The package also ships them as files:
 * `shnor/schemas/<name>.schema.json`.
 *
 * @param name - The format: `dataset`, `program`, `actuals`, `risk-profiles`, `anti-risk-program`, …
 * @returns The JSON Schema as a plain object.
 * @example
 * ```ts
 * // схема строки результатов ВПР, ОГЭ, ЕГЭ: обязательные поля
 * jsonSchemaOf('assessment-result').required //=> ['schoolId', 'year', 'procedure', 'subject', 'grade']
 * ```
 * @category Model
 */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[name], { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: `urn:shnor:schema:${name}`, title: `shnor ${name}`, description: TITLES[name], ...(finish(schema, name) as Record<string, unknown>) };
}
