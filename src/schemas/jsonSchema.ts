import { z } from 'zod';
import { MethodologySchema } from '../criteria/schema.js';
import { IndicatorDefinitionSchema } from '../indicators/definition.js';
import { DatasetSchema } from '../model/dataset.js';
import { ExternalFactSchema, ResourcesSchema, SchoolFactsSchema, SocialPassportSchema, StaffingSchema } from '../model/context.js';
import { AssessmentResultSchema, MinimumThresholdSchema, PupilResultSchema } from '../model/results.js';
import { SchoolSchema, TerritorySchema } from '../model/school.js';

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
};

/** The name of an input format with a JSON Schema. */
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
  | 'methodology';

/** Every input format with a JSON Schema. */
export const JSON_SCHEMA_NAMES: readonly JsonSchemaName[] = Object.keys(SCHEMAS) as JsonSchemaName[];

/**
 * The JSON Schema (draft 2020-12) of an input format, generated from its zod schema, for
 * integrators who validate in another language. The package also ships them as files:
 * `shnor/schemas/<name>.schema.json`.
 *
 * @param name - The format: `dataset`, `school`, `assessment-result`, `indicator-definition`, …
 * @returns The JSON Schema as a plain object.
 * @example
 * ```ts
 * jsonSchemaOf('assessment-result').required //=> ['schoolId', 'year', 'procedure', 'subject', 'grade', 'participants']
 * ```
 */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[name], { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: `urn:shnor:schema:${name}`, title: `shnor ${name}`, ...schema };
}
