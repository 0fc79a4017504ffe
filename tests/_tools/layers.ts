/**
 * The layer check of `tests/architecture/layers.test.ts` as functions, so that it can also be run on
 * another tree (a scratch copy, a fixture): `layerViolations(readSources(dir), LAYERS)`.
 */
import type ts from 'typescript';
import { folderOf, type SourceModel } from './sourceGraph.js';

/** One violation: a stable key (what the test's allowlist `KNOWN` lists) and where it is. */
export interface Violation {
  readonly key: string;
  readonly where: string;
}

/**
 * Every violation of (a)–(d) in a source tree.
 *
 * @param m - The parsed sources (`readSources()`).
 * @param layers - The folders of each layer, lowest first.
 * @returns The violations, sorted by key.
 */
export function layerViolations(m: SourceModel, layers: readonly (readonly string[])[]): Violation[] {
  const out: Violation[] = [];
  const rank = new Map<string, number>();
  layers.forEach((folders, i) => folders.forEach((f) => rank.set(f, i)));

  // every folder placed
  for (const f of new Set(m.files.map(folderOf))) {
    if (!rank.has(f)) out.push({ key: `unplaced folder: src/${f}`, where: `src/${f}/ is in no layer of LAYERS (tests/architecture/layers.test.ts)` });
  }

  const internal = m.imports.filter((e): e is typeof e & { to: string } => e.to !== null && e.to.startsWith('src/'));
  for (const e of internal) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    const ra = rank.get(a);
    const rb = rank.get(b);
    // (a) direction
    if (a !== b && ra !== undefined && rb !== undefined && rb > ra) {
      out.push({ key: `direction: ${e.from} (${a}, layer ${ra}) imports ${e.to} (${b}, layer ${rb})`, where: `${e.from}:${e.line} imports '${e.spec}' (${b} is above ${a})` });
    }
    // (b) a _lib folder is private to the folder that holds it
    const lib = e.to.lastIndexOf('/_lib/');
    if (lib >= 0) {
      const owner = e.to.slice(0, lib + 1);
      if (!e.from.startsWith(owner)) out.push({ key: `lib: ${e.from} imports ${e.to}`, where: `${e.from}:${e.line} imports '${e.spec}' (private to ${owner})` });
    }
  }

  // (c) folder-level cycles: the strongly connected components of the folder graph (Tarjan)
  const graph = new Map<string, Map<string, { from: string; line: number; to: string }>>();
  for (const e of internal) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Map());
    if (!graph.get(a)!.has(b)) graph.get(a)!.set(b, { from: e.from, line: e.line, to: e.to });
  }
  for (const scc of stronglyConnected([...new Set([...graph.keys(), ...[...graph.values()].flatMap((x) => [...x.keys()])])], (v) => [...(graph.get(v)?.keys() ?? [])])) {
    if (scc.length < 2) continue;
    const members = [...scc].sort();
    const edges = members.flatMap((a) => members.filter((b) => graph.get(a)?.has(b)).map((b) => graph.get(a)!.get(b)!)).map((x) => `${x.from}:${x.line} → ${x.to}`);
    out.push({ key: `cycle: ${members.join(' ⇄ ')}`, where: `folders ${members.join(', ')} import each other: ${edges.join('; ')}` });
  }

  // (d) dead exports: exported, imported by no other file of src, not re-exported by the barrel.
  // A type that another export of its own file mentions is part of that export's surface, not dead.
  const used = new Set<string>();
  for (const e of internal) if (e.from !== e.to) for (const n of e.names) used.add(`${e.to}#${n}`);
  for (const x of m.exports) {
    if (x.file === 'src/index.ts' || x.file === 'src/io/index.ts' || used.has(`${x.file}#${x.name}`) || used.has(`${x.file}#*`)) continue;
    if ((x.kind === 'interface' || x.kind === 'type') && mentionedByOtherExport(m, x.file, x.name)) continue;
    out.push({ key: `dead export: ${x.file} ${x.name}`, where: `${x.file}:${x.line} exports ${x.kind} ${x.name}, imported nowhere in src and not in src/index.ts` });
  }
  // …and dead members of internal (_lib) types: declared, maybe written, never read anywhere in src.
  for (const mem of m.members) {
    if (!mem.file.includes('/_lib/') || m.readProperties.has(mem.name)) continue;
    out.push({ key: `dead member: ${mem.file} ${mem.owner}.${mem.name}`, where: `${mem.file}:${mem.line} declares ${mem.owner}.${mem.name}, read nowhere in src` });
  }
  return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

function mentionedByOtherExport(m: SourceModel, file: string, name: string): boolean {
  const sf = m.parsed.get(file);
  if (sf === undefined) return false;
  const word = new RegExp(`\\b${name}\\b`);
  return m.exports.some((o) => o.file === file && o.name !== name && word.test(declarationText(sf, o.line)));
}

function declarationText(sf: ts.SourceFile, line: number): string {
  const st = sf.statements.find((s) => sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1 === line);
  return st?.getText(sf) ?? '';
}

/**
 * Tarjan's strongly connected components.
 *
 * @param nodes - The vertices.
 * @param next - The successors of a vertex.
 * @returns The components.
 */
export function stronglyConnected(nodes: readonly string[], next: (v: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    on.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        c.push(w);
      } while (w !== v);
      out.push(c);
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return out;
}

/**
 * Compares the violations with the allowlist.
 *
 * @param found - The violations of the tree.
 * @param known - The allowlist.
 * @returns The new violations (not listed) and the stale entries (listed, no longer found).
 */
export function againstAllowlist(found: readonly Violation[], known: readonly string[]): { added: Violation[]; stale: string[] } {
  const keys = new Set(found.map((v) => v.key));
  return { added: found.filter((v) => !known.includes(v.key)), stale: known.filter((k) => !keys.has(k)) };
}

