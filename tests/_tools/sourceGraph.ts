/**
 * Reads the library's sources (`src/**\/*.ts`) with the TypeScript parser (already a dev
 * dependency: nothing new to install) and returns what the architecture tests need: every import
 * and re-export with its line, every exported declaration with its TSDoc tags, and every property
 * name that some code reads. Nothing here evaluates the sources.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The repository root (two levels above this file). */
export const ROOT: string = resolve(import.meta.dirname, '..', '..');

/** One import, re-export or dynamic import between two files of `src/`. */
export interface ImportEdge {
  /** Importing file, relative to the repository root, `/`-separated (`src/model/jsonSchema.ts`). */
  readonly from: string;
  /** Imported file, same form; `null` for a package (`zod`, `node:fs`). */
  readonly to: string | null;
  /** The specifier as written (`../criteria/schema.js`). */
  readonly spec: string;
  /** 1-based line of the statement. */
  readonly line: number;
  /** Names taken from the target (`export { a as b } from` gives `a`); `*` for a namespace import or `export *`. */
  readonly names: readonly string[];
  /** For `export … from`: the names as the importing module exports them (`export { a as b }` gives `b`), in the order of `names`. */
  readonly publicNames?: readonly string[];
  /** `export … from`: the names are passed on. */
  readonly reexport: boolean;
  /** `import type` / `export type` (still a dependency of the folder). */
  readonly typeOnly: boolean;
}

/** One name a module exports, with where it is declared. */
export interface ExportedName {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  /** `function`, `const`, `interface`, `type`, `class`, `enum`, `reexport`, `local`. */
  readonly kind: string;
  /** The TSDoc block tags of the declaration (`example`, `category`, `param`…), with their text. */
  readonly tags: readonly { readonly tag: string; readonly text: string; readonly line: number }[];
  /** Line of the TSDoc comment's opening `/**`, or `null` when there is none. */
  readonly docLine: number | null;
}

/** One property of an exported interface or object type alias. */
export interface DeclaredMember {
  readonly file: string;
  readonly owner: string;
  readonly name: string;
  readonly line: number;
}

export interface SourceModel {
  /** Every `.ts` file under the source root, relative to the repository root. */
  readonly files: readonly string[];
  readonly imports: readonly ImportEdge[];
  readonly exports: readonly ExportedName[];
  readonly members: readonly DeclaredMember[];
  /** Property names read somewhere (`x.name`, `x['name']`, `{ name } = x`, `{ name: y } = x`). */
  readonly readProperties: ReadonlySet<string>;
  /** The parsed files, by relative path. */
  readonly parsed: ReadonlyMap<string, ts.SourceFile>;
}

const posix = (p: string): string => p.split(sep).join('/');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Resolves a relative specifier the way the bundler does (`./x.js` → `./x.ts`, a folder → its `index.ts`, `.json` kept). */
export function resolveSpecifier(fromAbs: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(fromAbs), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`, join(base, 'index.ts')];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return base; // unresolved: reported as is, so that a typo is still placed in its folder
}

const lineOf = (sf: ts.SourceFile, pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;

function tagsOf(sf: ts.SourceFile, node: ts.Node): { tags: ExportedName['tags']; docLine: number | null } {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const doc = docs?.at(-1);
  if (doc === undefined) return { tags: [], docLine: null };
  const tags = (doc.tags ?? []).map((t) => ({
    tag: t.tagName.text,
    text: typeof t.comment === 'string' ? t.comment : ts.getTextOfJSDocComment(t.comment) ?? '',
    line: lineOf(sf, t.getStart(sf)),
  }));
  return { tags, docLine: lineOf(sf, doc.getStart(sf)) };
}

const hasExport = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/**
 * Parses every `.ts` file under `srcDir` (default `<root>/src`).
 *
 * @param srcDir - The source root, absolute.
 * @returns The imports, exports, members and read property names of the tree.
 */
export function readSources(srcDir: string = join(ROOT, 'src')): SourceModel {
  const root = dirname(srcDir);
  const rel = (abs: string): string => posix(relative(root, abs));
  const files = walk(srcDir);
  const imports: ImportEdge[] = [];
  const exports: ExportedName[] = [];
  const members: DeclaredMember[] = [];
  const readProperties = new Set<string>();
  const parsed = new Map<string, ts.SourceFile>();

  for (const abs of files) {
    const file = rel(abs);
    const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    parsed.set(file, sf);
    const edge = (spec: string, node: ts.Node, names: string[], reexport: boolean, typeOnly: boolean, publicNames?: string[]): void => {
      const target = resolveSpecifier(abs, spec);
      imports.push({ from: file, to: target === null ? null : rel(target), spec, line: lineOf(sf, node.getStart(sf)), names, reexport, typeOnly, ...(publicNames === undefined ? {} : { publicNames }) });
    };
    const exported = (name: string, node: ts.Node, kind: string): void => {
      exports.push({ file, name, line: lineOf(sf, node.getStart(sf)), kind, ...tagsOf(sf, node) });
    };

    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
        const c = st.importClause;
        const names: string[] = [];
        if (c?.name) names.push('default');
        if (c?.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.push('*');
        if (c?.namedBindings && ts.isNamedImports(c.namedBindings)) for (const e of c.namedBindings.elements) names.push((e.propertyName ?? e.name).text);
        edge(st.moduleSpecifier.text, st, names, false, c?.isTypeOnly ?? false);
      } else if (ts.isExportDeclaration(st)) {
        if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
          const names = st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) : ['*'];
          const publicNames = st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements.map((e) => e.name.text) : ['*'];
          edge(st.moduleSpecifier.text, st, names, true, st.isTypeOnly, publicNames);
          if (st.exportClause && ts.isNamedExports(st.exportClause)) for (const e of st.exportClause.elements) exported(e.name.text, e, 'reexport');
        } else if (st.exportClause && ts.isNamedExports(st.exportClause)) {
          for (const e of st.exportClause.elements) exported(e.name.text, e, 'local');
        }
      } else if (ts.isExportAssignment(st)) {
        exported('default', st, 'default');
      } else if (hasExport(st)) {
        if (ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) exports.push({ file, name: d.name.text, line: lineOf(sf, d.getStart(sf)), kind: 'const', ...tagsOf(sf, st) });
        } else if (ts.isFunctionDeclaration(st) && st.name) {
          // overloads: one entry per name, the documented signature wins
          const prior = exports.findIndex((e) => e.file === file && e.name === st.name!.text);
          const entry = { file, name: st.name.text, line: lineOf(sf, st.getStart(sf)), kind: 'function', ...tagsOf(sf, st) };
          if (prior < 0) exports.push(entry);
          else if (exports[prior]!.docLine === null) exports[prior] = entry;
        } else if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name) {
          const kind = ts.isInterfaceDeclaration(st) ? 'interface' : ts.isTypeAliasDeclaration(st) ? 'type' : ts.isClassDeclaration(st) ? 'class' : 'enum';
          exported(st.name.text, st, kind);
          const body = ts.isInterfaceDeclaration(st) ? st.members : ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type) ? st.type.members : undefined;
          for (const m of body ?? []) {
            if (ts.isPropertySignature(m) && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) members.push({ file, owner: st.name.text, name: m.name.text, line: lineOf(sf, m.getStart(sf)) });
          }
        }
      }
    }

    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const a = node.arguments[0];
        if (a && ts.isStringLiteral(a)) edge(a.text, node, ['*'], false, false);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        edge(node.argument.literal.text, node, ['*'], false, true);
      } else if (ts.isPropertyAccessExpression(node)) {
        readProperties.add(node.name.text);
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        readProperties.add(node.argumentExpression.text);
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) readProperties.add(key.text);
      } else if (ts.isQualifiedName(node) || ts.isIndexedAccessTypeNode(node)) {
        // `T['name']` in a type reads the member's type: counts as a use
        if (ts.isIndexedAccessTypeNode(node) && ts.isLiteralTypeNode(node.indexType) && ts.isStringLiteral(node.indexType.literal)) readProperties.add(node.indexType.literal.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { files: files.map(rel), imports, exports, members, readProperties, parsed };
}

/** The top-level folder of a source file (`src/criteria/_lib/x.ts` → `criteria`); `(root)` for `src/index.ts`. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length <= 2 ? '(root)' : (parts[1] as string);
}
