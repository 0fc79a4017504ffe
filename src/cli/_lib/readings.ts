/**
 * `--reading id=value` of `shnor evaluate`: the open readings of a program chosen on the command
 * line, each value read by its reading's kind (an enumerated reading's value as written, `true` /
 * `false` for a yes/no one; a number, with a decimal point or comma), then applied to the
 * program's methodology.
 * @internal
 */
import { ShnorError } from '../../errors/ShnorError.js';
import { type ReadingChoices, applyReadings } from '../../programs/applyReadings.js';
import type { Program } from '../../programs/schema.js';

type Bilingual = { readonly ru: string; readonly en: string };

/** The program with its methodology read with the choices given, or what is wrong with them. @internal */
export function programWithReadings(program: Program, args: readonly string[]): { ok: true; program: Program } | { ok: false; message: Bilingual } {
  const choices: Record<string, string | number | boolean> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) return { ok: false, message: { ru: `«${arg}»: ожидается прочтение=значение (например riskPrevention=noFactorEliminated)`, en: `"${arg}": expected reading=value (e.g. riskPrevention=noFactorEliminated)` } };
    const id = arg.slice(0, eq).trim();
    const raw = arg.slice(eq + 1).trim();
    const reading = program.readings?.find((r) => r.id === id);
    let value: string | number | boolean = raw;
    if (reading?.kind === 'number' && /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(raw)) value = Number(raw.replace(',', '.'));
    else if (reading?.kind === 'choice' && (raw === 'true' || raw === 'false') && reading.choices.some((c) => typeof c.value === 'boolean')) value = raw === 'true';
    choices[id] = value;
  }
  try {
    return { ok: true, program: { ...program, methodology: applyReadings(program, choices as ReadingChoices) } };
  } catch (e) {
    if (e instanceof ShnorError) return { ok: false, message: e.messages };
    throw e;
  }
}
