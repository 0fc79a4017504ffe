import { z } from 'zod';
import { SCHOOL_TYPES } from './catalogues.js';
import { CountSchema, IdSchema, NameSchema, YearSchema } from './primitives.js';

/**
 * A territory: a region or a municipality (муниципальный район, городской или муниципальный округ).
 *
 * @category Model
 */
export const TerritorySchema: z.ZodObject<{
  id: z.ZodString;
  kind: z.ZodEnum<{ municipality: 'municipality'; region: 'region' }>;
  name: typeof NameSchema;
  parentId: z.ZodOptional<z.ZodString>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  kind: z.enum(['region', 'municipality']),
  name: NameSchema,
  /** the region of a municipality */
  parentId: IdSchema.optional(),
});

/**
 * A territory.
 *
 * @category Model
 */
export type Territory = z.output<typeof TerritorySchema>;

/**
 * A school: identity, name variants, type, location and size.
 *
 * @category Model
 */
export const SchoolSchema: z.ZodObject<{
  id: z.ZodString;
  name: z.ZodString;
  nameVariants: z.ZodOptional<z.ZodArray<z.ZodString>>;
  territoryId: z.ZodString;
  type: z.ZodEnum<{ [x: string]: string }>;
  legalForm: z.ZodOptional<z.ZodString>;
  settlement: z.ZodEnum<{ urban: 'urban'; rural: 'rural' }>;
  smallClass: z.ZodOptional<z.ZodBoolean>;
  distanceToCentreKm: z.ZodOptional<z.ZodNumber>;
  enrolment: z.ZodOptional<z.ZodArray<z.ZodObject<{ year: z.ZodNumber; pupils: z.ZodNumber }, z.core.$strict>>>;
  provenance: z.ZodOptional<z.ZodEnum<{ seed: 'seed'; synthetic: 'synthetic'; official: 'official' }>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  /** the name as the program writes it, e.g. «МБОУ "Звездненская СОШ"» */
  name: z.string().min(1).max(300),
  /** other spellings in the sources («Звёзденская», «Береговкая»), so that tables can be matched */
  nameVariants: z.array(z.string().min(1).max(300)).optional(),
  territoryId: IdSchema,
  type: z.enum(SCHOOL_TYPES as unknown as readonly [string, ...string[]]),
  /** МБОУ, МАОУ, МКОУ, ГБОУ, … */
  legalForm: z.string().min(2).max(20).optional(),
  settlement: z.enum(['urban', 'rural']),
  /** малокомплектная */
  smallClass: z.boolean().optional(),
  distanceToCentreKm: z.number().min(0).max(10000).optional(),
  enrolment: z.array(z.strictObject({ year: YearSchema, pupils: CountSchema })).optional(),
  /** which values are real (from a seed) and which synthetic */
  provenance: z.enum(['seed', 'synthetic', 'official']).optional(),
});

/**
 * A school.
 *
 * @category Model
 */
export type School = z.output<typeof SchoolSchema>;
