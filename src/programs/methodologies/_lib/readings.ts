/**
 * What the methodology factories share: a reading (an option) is a documented change to a copy of
 * the methodology the program file holds, made by walking it and changing the rules it names.
 * @internal
 */

/** A JSON object of a methodology being changed. @internal */
export type Mutable = Record<string, unknown>;

/** Visits every object in a value, depth first (the visitor may change what it visits). @internal */
export function walk(v: unknown, visit: (o: Mutable) => void): void {
  if (Array.isArray(v)) for (const x of v) walk(x, visit);
  else if (v !== null && typeof v === 'object') {
    visit(v as Mutable);
    for (const x of Object.values(v as Mutable)) walk(x, visit);
  }
}
