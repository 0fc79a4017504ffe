import { type Methodology, MethodologySchema } from '../criteria/schema.js';
import { ShnorError } from '../errors/ShnorError.js';
import type { Bilingual, ValidationIssueLike } from '../errors/messages.js';
import type { Reading, ReadingChange } from './readingSchema.js';
import type { Program } from './schema.js';

/**
 * The readings chosen for a program, by reading id: an enumerated reading's value (`'noFactorEliminated'`,
 * `true`) or a numeric reading's number. A reading left out (or `undefined`) takes its default.
 *
 * @example
 * ```ts
 * // Сергокалинский район: ВПР-5 и ВПР-6 — разные процедуры, порог охвата профилактикой 80 %
 * const choices: ReadingChoices = { vprGradesAreDistinctProcedures: true, preventionCoverage: 80 };
 * applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, choices).id //=> 'seed002.vprGrades.coverage80'
 * ```
 * @category Programs
 */
export type ReadingChoices = Readonly<Record<string, string | number | boolean | undefined>>;

type Json = Record<string, unknown>;
type Value = string | number | boolean;
type Located = { readonly at: (string | number)[] };

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v: Value): string => (typeof v === 'string' ? `'${v}'` : String(v));

/** A numeric reading's bounds in words, Russian / English. */
/** A unit of a number reading in words; a unit the library does not know is quoted as written. */
const UNIT_WORDS: Readonly<Record<string, Bilingual>> = {
  percent: { ru: 'в процентах', en: 'in percent' },
  pp: { ru: 'в процентных пунктах', en: 'in percentage points' },
  count: { ru: 'штук', en: 'a count' },
  schools: { ru: 'школ', en: 'schools' },
  years: { ru: 'лет', en: 'years' },
  points: { ru: 'в баллах', en: 'in points' },
};

/** What a number reading accepts, in both languages («целое число не меньше 1 и не больше 5»). */
function boundsOf(r: Extract<Reading, { kind: 'number' }>): Bilingual {
  const ru: string[] = [];
  const en: string[] = [];
  const n = (v: number): string => String(v).replace('.', ',');
  if (r.exclusiveMinimum !== undefined) (ru.push(`больше ${n(r.exclusiveMinimum)}`), en.push(`above ${r.exclusiveMinimum}`));
  if (r.minimum !== undefined) (ru.push(`не меньше ${n(r.minimum)}`), en.push(`at least ${r.minimum}`));
  if (r.exclusiveMaximum !== undefined) (ru.push(`меньше ${n(r.exclusiveMaximum)}`), en.push(`below ${r.exclusiveMaximum}`));
  if (r.maximum !== undefined) (ru.push(`не больше ${n(r.maximum)}`), en.push(`at most ${r.maximum}`));
  const whole = r.integer === true;
  const unit = UNIT_WORDS[r.unit];
  // a count is a whole number already: «целое число» says it, the unit adds nothing
  const unitRu = unit === undefined ? ` (единица «${r.unit}»)` : r.unit === 'count' ? '' : ` ${unit.ru}`;
  const unitEn = unit === undefined ? ` (unit "${r.unit}")` : r.unit === 'count' ? '' : ` ${unit.en}`;
  return {
    ru: `${whole ? 'целое число' : 'число'}${ru.length ? ` ${ru.join(' и ')}` : ''}${unitRu}`,
    en: `a ${whole ? 'whole number' : 'number'}${en.length ? ` ${en.join(' and ')}` : ''}${unitEn}`,
  };
}

function inBounds(r: Extract<Reading, { kind: 'number' }>, v: number): boolean {
  return (
    Number.isFinite(v) &&
    (r.integer !== true || Number.isInteger(v)) &&
    (r.minimum === undefined || v >= r.minimum) &&
    (r.exclusiveMinimum === undefined || v > r.exclusiveMinimum) &&
    (r.maximum === undefined || v <= r.maximum) &&
    (r.exclusiveMaximum === undefined || v < r.exclusiveMaximum)
  );
}

/** Every object of a value with an `id`, with the container that holds it and its key there (the root itself left out). */
function holders(root: unknown, id: string): { container: Json | unknown[]; key: string | number; node: Json }[] {
  const out: { container: Json | unknown[]; key: string | number; node: Json }[] = [];
  const visit = (container: Json | unknown[], key: string | number, v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(v, i, x));
    else if (isObject(v)) {
      if (v['id'] === id) out.push({ container, key, node: v });
      for (const [k, x] of Object.entries(v)) visit(v, k, x);
    }
  };
  if (isObject(root)) for (const [k, x] of Object.entries(root)) visit(root, k, x);
  else visit([root], 0, root);
  return out;
}

/** The names `{id}` a template refers to. */
const templateNames = (template: string): string[] => [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);

/** The `$reading` ids and template names a value refers to. */
function referencesOf(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) referencesOf(x, out);
  else if (isObject(v)) {
    if (typeof v['$reading'] === 'string') out.push(v['$reading']);
    const t = v['$template'];
    if (isObject(t)) for (const s of Object.values(t)) if (typeof s === 'string') out.push(...templateNames(s));
    for (const x of Object.values(v)) referencesOf(x, out);
  }
  return out;
}

/**
 * The issues of a program's readings that no choice would reveal until it is made: duplicate ids,
 * defaults, values out of bounds, references to readings or to ids of the methodology that do not
 * exist. `parseProgram` reports them with the schema's issues; `applyReadings` checks them again for
 * a program built by hand.
 * @internal
 */
export function readingIssues(program: Program): ValidationIssueLike[] {
  const readings = program.readings ?? [];
  const issues: ValidationIssueLike[] = [];
  const issue = (code: string, path: (string | number)[], ru: string, en: string): void => void issues.push({ code, path: ['readings', ...path], message: { ru, en } });
  const byId = new Map<string, Reading>();
  readings.forEach((r, i) => {
    if (byId.has(r.id)) issue('DUPLICATE_READING', [i, 'id'], `прочтение «${r.id}» описано дважды`, `reading "${r.id}" is described twice`);
    byId.set(r.id, r);
  });
  const valuesOf = (r: Reading): Value[] => (r.kind === 'choice' ? r.choices.map((c) => c.value) : []);
  // the ids a change may target: the methodology's, and those a change brings in
  const brought = readings.flatMap((r) => (r.kind === 'choice' ? r.choices.flatMap((c) => c.changes ?? []) : (r.changes ?? []))).flatMap((c) => (c.op === 'replace' ? [c.with] : c.op === 'add' || c.op === 'set' ? [c.value] : []));
  const exists = (id: string): boolean => holders(program.methodology, id).length > 0 || holders(brought, id).length > 0;
  const checkChanges = (changes: readonly ReadingChange[] | undefined, path: (string | number)[]): void =>
    (changes ?? []).forEach((c, k) => {
      const at = [...path, 'changes', k];
      if (c.op !== 'idSuffix' && !exists(c.target)) issue('UNKNOWN_TARGET', [...at, 'target'], `в методике нет объекта с id «${c.target}»`, `the methodology has no object with id "${c.target}"`);
      for (const [id, values] of Object.entries(c.when ?? {})) {
        const r = byId.get(id);
        if (r === undefined) issue('UNKNOWN_READING', [...at, 'when', id], `нет прочтения «${id}»`, `no reading "${id}"`);
        else if (r.kind === 'choice') for (const v of values) if (!valuesOf(r).includes(v)) issue('UNKNOWN_VALUE', [...at, 'when', id], `у прочтения «${id}» нет значения ${show(v)}`, `reading "${id}" has no value ${show(v)}`);
      }
      const refs = c.op === 'idSuffix' ? templateNames(c.suffix) : c.op === 'set' || c.op === 'add' ? referencesOf(c.value) : [];
      for (const id of refs) if (!byId.has(id)) issue('UNKNOWN_READING', [...at, c.op === 'idSuffix' ? 'suffix' : 'value'], `нет прочтения «${id}»`, `no reading "${id}"`);
      if ((c.op === 'set' || c.op === 'add') && c.value === undefined) issue('MISSING_VALUE', [...at, 'value'], 'нет значения', 'no value');
    });
  readings.forEach((r, i) => {
    if (r.kind === 'choice') {
      const defaults = r.choices.filter((c) => c.default === true).length;
      if (defaults !== 1) issue('DEFAULT_CHOICE', [i, 'choices'], `у прочтения «${r.id}» должно быть ровно одно значение по умолчанию, а их ${defaults}`, `reading "${r.id}" must have exactly one default, it has ${defaults}`);
      r.choices.forEach((c, j) => {
        if (r.choices.findIndex((x) => x.value === c.value) !== j) issue('DUPLICATE_VALUE', [i, 'choices', j, 'value'], `значение ${show(c.value)} повторяется`, `value ${show(c.value)} is repeated`);
        checkChanges(c.changes, [i, 'choices', j]);
      });
    } else {
      if (!inBounds(r, r.default)) issue('DEFAULT_OUT_OF_BOUNDS', [i, 'default'], `значение по умолчанию ${String(r.default).replace('.', ',')} вне границ: ожидается ${boundsOf(r).ru}`, `the default ${r.default} is out of bounds: expected ${boundsOf(r).en}`);
      checkChanges(r.changes, [i]);
    }
  });
  return issues;
}

/**
 * Applies chosen readings to a program's methodology: the open choices of its act (`program.readings`),
 * each enumerated reading at the value chosen or its default, each numeric reading at the number
 * chosen or its default. Readings apply in the order the program lists them; an enumerated
 * reading makes the changes of the alternative in force, a numeric one its changes when its value
 * is not the default (see {@link ReadingChangeSchema} for the operations). Pure: the program is
 * not changed, the methodology returned is new and valid against the methodology schema.
 *
 * @param program - A program with a methodology and its readings (a program file, a preset).
 * @param choices - The value chosen for each reading to change, by reading id; `{}` for the defaults.
 * @returns The methodology read with those choices.
 * @throws {@link ShnorError} `INVALID_OPTION` when a choice names no reading of the program, or its
 *   value is not one of the reading's values (numeric: not a number within its bounds), or the
 *   program has no methodology; `VALIDATION_FAILED` when the program's readings refer to readings,
 *   values or ids that do not exist, or their changes make an invalid methodology.
 * @example
 * ```ts
 * // Сергокалинский район: третий признак зоны риска (L134) прочитан по скобке — «не устранено ни одного фактора риска»
 * applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { riskPrevention: 'noFactorEliminated' }).id //=> 'seed002.l134eliminated'
 * // доля охвата профилактикой неуспешности ниже 80 %: порог и подпись правила берутся из прочтения
 * applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { preventionCoverage: 80 }).id //=> 'seed002.coverage80'
 * applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { combine: 'xor' }) // throws ShnorError INVALID_OPTION («combine»: 'any' | 'all')
 * ```
 * @category Programs
 */
export function applyReadings(program: Program, choices: ReadingChoices = {}): Methodology {
  if (!isObject(choices)) throw new ShnorError('INVALID_OPTION', { option: 'choices', value: choices, expected: { ru: 'объект «прочтение → значение»', en: 'an object of reading id → value' } });
  const base = program.methodology;
  if (base === undefined) throw new ShnorError('INVALID_OPTION', { option: 'program.methodology', value: undefined, expected: { ru: `программа с методикой («${program.id}» без методики)`, en: `a program with a methodology ("${program.id}" has none)` } });
  const readings = program.readings ?? [];
  const issues = readingIssues(program);
  if (issues.length > 0) throw new ShnorError('VALIDATION_FAILED', { what: 'Program', issues });
  const byId = new Map(readings.map((r) => [r.id, r]));

  for (const [id, v] of Object.entries(choices)) {
    if (v === undefined) continue;
    const r = byId.get(id);
    if (r === undefined) {
      const known = readings.map((x) => x.id).join(', ');
      throw new ShnorError('INVALID_OPTION', { option: id, value: v, expected: readings.length ? { ru: `одно из прочтений программы «${program.id}»: ${readings.map((x) => x.id).map((x) => `«${x}»`).join(', ')}`, en: `one of the program's readings: ${known}` } : { ru: `ничего: у программы «${program.id}» нет открытых прочтений`, en: 'nothing: the program has no open readings' } });
    }
    if (r.kind === 'choice') {
      if (!r.choices.some((c) => c.value === v)) {
        const list = r.choices.map((c) => `${show(c.value)} (${c.label.en ?? c.label.ru})`).join(' | ');
        throw new ShnorError('INVALID_OPTION', { option: id, value: v, expected: { ru: `одно из значений ${r.choices.map((c) => `«${String(c.value)}» (${c.label.ru})`).join(', ')} — прочтение «${r.name.ru}»`, en: `${list} — reading "${r.name.en}"` } });
      }
    } else if (typeof v !== 'number' || !inBounds(r, v)) {
      throw new ShnorError('INVALID_OPTION', { option: id, value: v, expected: { ru: `${boundsOf(r).ru} — прочтение «${r.name.ru}»`, en: `${boundsOf(r).en} — reading "${r.name.en}"` } });
    }
  }

  const chosenOf = (id: string): ReadingChoices[string] => (Object.prototype.hasOwnProperty.call(choices, id) ? choices[id] : undefined);
  const valueOf = (id: string): Value | undefined => {
    const r = byId.get(id);
    if (r === undefined) return undefined;
    const chosen = chosenOf(id);
    if (chosen !== undefined) return chosen;
    return r.kind === 'choice' ? r.choices.find((c) => c.default === true)?.value : r.default;
  };
  const expand = (template: string, lang: 'ru' | 'en'): string =>
    template.replace(/\{([^{}]+)\}/g, (_m, id: string) => {
      const v = chosenOf(id);
      if (v === undefined) return '';
      return lang === 'ru' && typeof v === 'number' ? String(v).replace('.', ',') : String(v);
    });
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (!isObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && typeof v['$reading'] === 'string') return valueOf(v['$reading']);
    const t = v['$template'];
    if (keys.length === 1 && isObject(t)) return Object.fromEntries(Object.entries(t).map(([lang, s]) => [lang, typeof s === 'string' ? expand(s, lang === 'ru' ? 'ru' : 'en') : s]));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
  };

  const m = structuredClone(base) as unknown as Json;
  readings.forEach((r, i) => {
    const v = valueOf(r.id);
    let changes: readonly ReadingChange[];
    let at: (string | number)[];
    if (r.kind === 'choice') {
      const j = r.choices.findIndex((c) => c.value === v);
      changes = r.choices[j]?.changes ?? [];
      at = ['readings', i, 'choices', j];
    } else {
      changes = v !== r.default ? (r.changes ?? []) : [];
      at = ['readings', i];
    }
    changes.forEach((c, k) => {
      if (c.when !== undefined && !Object.entries(c.when).every(([id, values]) => values.includes(valueOf(id) as Value))) return;
      applyChange(m, c, { at: [...at, 'changes', k] }, resolve, expand);
    });
  });

  const parsed = MethodologySchema.safeParse(m);
  if (!parsed.success) {
    throw new ShnorError('VALIDATION_FAILED', {
      what: 'Methodology',
      issues: parsed.error.issues.map((x) => ({ code: x.code, path: x.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: { ru: `после прочтений программы «${program.id}»: ${x.message}`, en: `after the readings of program "${program.id}": ${x.message}` } })),
    });
  }
  return m as unknown as Methodology;
}

function applyChange(m: Json, c: ReadingChange, where: Located, resolve: (v: unknown) => unknown, expand: (t: string, lang: 'ru' | 'en') => string): void {
  const fail = (ru: string, en: string): never => {
    throw new ShnorError('VALIDATION_FAILED', { what: 'Program', issues: [{ code: 'INVALID_CHANGE', path: where.at, message: { ru, en } }] });
  };
  if (c.op === 'idSuffix') {
    m['id'] = `${String(m['id'])}${expand(c.suffix, 'en')}`;
    return;
  }
  const found = holders(m, c.target);
  if (found.length !== 1) fail(`объект с id «${c.target}» найден в методике ${found.length} раз, нужен ровно один`, `the object with id "${c.target}" is found ${found.length} times in the methodology, exactly one is needed`);
  const { container, key, node } = found[0] as (typeof found)[number];
  switch (c.op) {
    case 'remove':
      if (!Array.isArray(container)) fail(`«${c.target}» не элемент списка: удалить можно только элемент списка`, `"${c.target}" is not an item of a list: only an item of a list can be removed`);
      (container as unknown[]).splice(key as number, 1);
      return;
    case 'replace':
      (container as Json)[key as string] = structuredClone(c.with);
      return;
    case 'set':
    case 'add': {
      const fields = c.path.split('.');
      // a program built by hand is not parsed: the field names the schema forbids are refused here too
      if (fields.some((f) => f === '__proto__' || f === 'constructor' || f === 'prototype')) fail(`поле «${c.path}» недопустимо`, `the field "${c.path}" is not allowed`);
      const last = fields.pop() as string;
      let o: Json = node;
      for (const f of fields) {
        const next = o[f];
        if (!isObject(next)) fail(`у «${c.target}» нет объекта «${f}» на пути «${c.path}»`, `"${c.target}" has no object "${f}" on the path "${c.path}"`);
        o = next as Json;
      }
      const value = resolve(structuredClone(c.value));
      if (c.op === 'set') o[last] = value;
      else {
        const list = o[last];
        if (!Array.isArray(list)) fail(`у «${c.target}» поле «${c.path}» не список`, `the field "${c.path}" of "${c.target}" is not a list`);
        (list as unknown[]).push(value);
      }
    }
  }
}
