/**
 * The open readings of a program as data: the choices its act leaves open, each with its
 * alternatives and, for every alternative but the default, the changes it makes to the program's
 * methodology. Any integrator, in any language, reads them from the program file and applies them
 * the way `applyReadings` does (the format is in `docs/data-format.md`).
 */
import { z } from 'zod';
import { RuleSchema } from '../criteria/schema.js';
import { IdSchema, SourceSchema } from '../model/primitives.js';

/** A field path inside the object a change targets: field names joined by dots, never an array index. */
const FieldPath = /* #__PURE__ */ z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'field.path')
  .refine((p) => !p.split('.').some((f) => f === '__proto__' || f === 'constructor' || f === 'prototype'), {
    params: { code: 'RESERVED_FIELD', ru: 'поля «__proto__», «constructor» и «prototype» недопустимы', en: 'the fields __proto__, constructor and prototype are not allowed' },
  });

/** Text in Russian and English, both required: a reading is shown to an official and to an integrator. */
const Text = /* #__PURE__ */ z.strictObject({ ru: z.string().min(1), en: z.string().min(1) });

/**
 * The condition of a change: the values other readings must have (chosen or by default) for it
 * to apply, all of them. `{ "vprGradesAreDistinctProcedures": [true] }`.
 *
 * @example
 * ```ts
 * // правило 2 Сергокалинского района: «тот же предмет» меняет единицу по-разному, смотря как прочитаны ВПР разных классов
 * ReadingConditionSchema.safeParse({ vprGradesAreDistinctProcedures: [true] }).success //=> true
 * ReadingConditionSchema.safeParse({ vprGradesAreDistinctProcedures: true }).success //=> false
 * ```
 * @category Programs
 */
export const ReadingConditionSchema: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>> = /* #__PURE__ */ z.record(
  IdSchema,
  z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
);

/**
 * One change a reading makes to a methodology. A change addresses the category, index, index
 * component or rule it changes by its `id` (unique in the methodology), never by its position, so
 * that it survives rules moving. The operations:
 * - `set`: sets the field at `path` (field names joined by dots: `select.unit`, `rule.kind`) of
 *   the target to `value`;
 * - `add`: appends `value` to the list at `path` of the target (`components`);
 * - `remove`: removes the target from the list that holds it (a rule from its `rules`);
 * - `replace`: puts the rule `with` in place of the target;
 * - `idSuffix`: appends `suffix` to the methodology's id, so that every reading names its methodology.
 *
 * In a `value`, `{ "$reading": "id" }` stands for the value of a reading (chosen, or its default)
 * and `{ "$template": { "ru": "…", "en": "…" } }` for a text in which `{id}` is replaced by the
 * value chosen for reading `id` (empty when none was chosen; a number is written with a decimal
 * comma in `ru`). A `suffix` is a template too. With `when`, a change applies only if other
 * readings have the values it lists.
 *
 * @example
 * ```ts
 * // порог доли охвата профилактикой неуспешности (L138) — значение числового прочтения
 * ReadingChangeSchema.safeParse({ op: 'set', target: 'seed002.prevention.route', path: 'value', value: { $reading: 'preventionCoverage' } }).success //=> true
 * // путь по номеру элемента списка не принимается: правило называется по id
 * ReadingChangeSchema.safeParse({ op: 'set', target: 'shnor', path: 'rule.rules.0.value', value: 25 }).success //=> false
 * ```
 * @category Programs
 */
export const ReadingChangeSchema: z.ZodDiscriminatedUnion<[
  z.ZodObject<{ op: z.ZodLiteral<'set'>; target: typeof IdSchema; path: z.ZodString; value: z.ZodUnknown; when: z.ZodOptional<typeof ReadingConditionSchema> }, z.core.$strict>,
  z.ZodObject<{ op: z.ZodLiteral<'add'>; target: typeof IdSchema; path: z.ZodString; value: z.ZodUnknown; when: z.ZodOptional<typeof ReadingConditionSchema> }, z.core.$strict>,
  z.ZodObject<{ op: z.ZodLiteral<'remove'>; target: typeof IdSchema; when: z.ZodOptional<typeof ReadingConditionSchema> }, z.core.$strict>,
  z.ZodObject<{ op: z.ZodLiteral<'replace'>; target: typeof IdSchema; with: typeof RuleSchema; when: z.ZodOptional<typeof ReadingConditionSchema> }, z.core.$strict>,
  z.ZodObject<{ op: z.ZodLiteral<'idSuffix'>; suffix: z.ZodString; when: z.ZodOptional<typeof ReadingConditionSchema> }, z.core.$strict>,
], 'op'> = /* #__PURE__ */ z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), target: IdSchema, path: FieldPath, value: z.unknown(), when: ReadingConditionSchema.optional() }),
  z.strictObject({ op: z.literal('add'), target: IdSchema, path: FieldPath, value: z.unknown(), when: ReadingConditionSchema.optional() }),
  z.strictObject({ op: z.literal('remove'), target: IdSchema, when: ReadingConditionSchema.optional() }),
  z.strictObject({ op: z.literal('replace'), target: IdSchema, with: RuleSchema, when: ReadingConditionSchema.optional() }),
  z.strictObject({ op: z.literal('idSuffix'), suffix: z.string().min(1).max(200), when: ReadingConditionSchema.optional() }),
]);

/**
 * A change a reading makes to a methodology.
 *
 * @example
 * ```ts
 * // ШНОР Березовского района: пять критериев — все сразу, а не любой
 * const change: ReadingChange = { op: 'set', target: 'shnor', path: 'rule.kind', value: 'all' };
 * change.op //=> 'set'
 * ```
 * @category Programs
 */
export type ReadingChange = z.output<typeof ReadingChangeSchema>;

/**
 * One alternative of an enumerated reading: its value, its words, whether it is the default
 * (exactly one is), and the changes it makes (none for the default: the methodology as written
 * is the default reading).
 *
 * @example
 * ```ts
 * // третий признак зоны риска (L134), прочитанный по скобке
 * ReadingChoiceSchema.safeParse({ value: 'noFactorEliminated', label: { ru: 'не устранено ни одного фактора риска', en: 'no risk factor eliminated' }, changes: [{ op: 'idSuffix', suffix: '.l134eliminated' }] }).success //=> true
 * ```
 * @category Programs
 */
export const ReadingChoiceSchema: z.ZodObject<{
  value: z.ZodUnion<readonly [z.ZodString, z.ZodBoolean]>;
  label: z.ZodObject<{ ru: z.ZodString; en: z.ZodString }, z.core.$strict>;
  default: z.ZodOptional<z.ZodLiteral<true>>;
  changes: z.ZodOptional<z.ZodArray<typeof ReadingChangeSchema>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  value: z.union([z.string().min(1).max(120), z.boolean()]),
  label: Text,
  default: z.literal(true).optional(),
  changes: z.array(ReadingChangeSchema).optional(),
});

/**
 * A reading: a choice the program's act leaves open, named by the option it is (`riskPrevention`),
 * with its question in Russian and English and the seed line or act it comes from. Either
 * enumerated (`kind: 'choice'`: its alternatives) or numeric (`kind: 'number'`: its default,
 * bounds and unit, and the changes a value other than the default makes, in which
 * `{ "$reading": id }` is the value).
 *
 * @example
 * ```ts
 * SERGOKALINSKY_2023_2025_PROGRAM.readings?.map((r) => r.id)
 * //=> ['vprGradesAreDistinctProcedures', 'ruleBSameSubject', 'combine', 'riskPrevention', 'preventionCoverage']
 * SERGOKALINSKY_2023_2025_PROGRAM.readings?.every((r) => ReadingSchema.safeParse(r).success) //=> true
 * ```
 * @category Programs
 */
export const ReadingSchema: z.ZodDiscriminatedUnion<[
  z.ZodObject<{
    kind: z.ZodLiteral<'choice'>;
    id: typeof IdSchema;
    name: z.ZodObject<{ ru: z.ZodString; en: z.ZodString }, z.core.$strict>;
    question: z.ZodOptional<z.ZodObject<{ ru: z.ZodString; en: z.ZodString }, z.core.$strict>>;
    source: typeof SourceSchema;
    choices: z.ZodArray<typeof ReadingChoiceSchema>;
  }, z.core.$strict>,
  z.ZodObject<{
    kind: z.ZodLiteral<'number'>;
    id: typeof IdSchema;
    name: z.ZodObject<{ ru: z.ZodString; en: z.ZodString }, z.core.$strict>;
    question: z.ZodOptional<z.ZodObject<{ ru: z.ZodString; en: z.ZodString }, z.core.$strict>>;
    source: typeof SourceSchema;
    default: z.ZodNumber;
    minimum: z.ZodOptional<z.ZodNumber>;
    exclusiveMinimum: z.ZodOptional<z.ZodNumber>;
    maximum: z.ZodOptional<z.ZodNumber>;
    exclusiveMaximum: z.ZodOptional<z.ZodNumber>;
    integer: z.ZodOptional<z.ZodBoolean>;
    unit: z.ZodString;
    changes: z.ZodOptional<z.ZodArray<typeof ReadingChangeSchema>>;
  }, z.core.$strict>,
], 'kind'> = /* #__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('choice'),
    id: IdSchema,
    /** a short name of the reading */
    name: Text,
    /** the question the act leaves open */
    question: Text.optional(),
    /** the act's or seed's line */
    source: SourceSchema,
    /** the alternatives, exactly one with `default: true` */
    choices: z.array(ReadingChoiceSchema).min(2),
  }),
  z.strictObject({
    kind: z.literal('number'),
    id: IdSchema,
    name: Text,
    question: Text.optional(),
    source: SourceSchema,
    /** the value when none is chosen */
    default: z.number(),
    minimum: z.number().optional(),
    exclusiveMinimum: z.number().optional(),
    maximum: z.number().optional(),
    exclusiveMaximum: z.number().optional(),
    /** whole numbers only */
    integer: z.boolean().optional(),
    /** the unit of the value: `percent`, `count`, … */
    unit: z.string().min(1).max(40),
    /** the changes a value other than the default makes */
    changes: z.array(ReadingChangeSchema).optional(),
  }),
]);

/**
 * A reading of a program: a choice its act leaves open, as data.
 *
 * @example
 * ```ts
 * // Березовский район: как сочетаются пять критериев ШНОР — программа не говорит
 * const combine: Reading | undefined = BEREZOVSKY_2021_2024_PROGRAM.readings?.find((r) => r.id === 'combine');
 * combine?.kind === 'choice' ? combine.choices.map((c) => c.value) : [] //=> ['any', 'all', 'atLeast']
 * ```
 * @category Programs
 */
export type Reading = z.output<typeof ReadingSchema>;
