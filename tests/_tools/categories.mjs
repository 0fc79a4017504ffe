#!/usr/bin/env node
/**
 * Writes `@category <Name>` into the TSDoc of every declaration that `src/index.ts` exports and that
 * has no `@category` yet; the category is that of the top-level folder the declaration lives in
 * (`tests/_tools/categories.json`). Idempotent: a second run changes nothing.
 *
 *   node tests/_tools/categories.mjs             # write
 *   node tests/_tools/categories.mjs --dry-run   # list what it would change, write nothing
 *   node tests/_tools/categories.mjs --src DIR   # another source tree (a scratch copy)
 *
 * A declaration without any TSDoc is listed and left alone (it needs a summary first: typedoc's
 * `notDocumented` check says so). Exits with 1 when an export lives in a folder that has no
 * category, so that a new folder gets one deliberately.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const srcAt = args.indexOf('--src');
const here = import.meta.dirname;
const src = resolve(srcAt >= 0 ? args[srcAt + 1] : join(here, '..', '..', 'src'));
const { folders } = JSON.parse(readFileSync(join(here, 'categories.json'), 'utf8'));

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const resolveSpec = (from, spec) => {
  const base = resolve(dirname(from), spec);
  for (const c of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
};
const nameOf = (st) => {
  if (ts.isVariableStatement(st)) return st.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : '')).filter(Boolean);
  return st.name && ts.isIdentifier(st.name) ? [st.name.text] : [];
};

// 1. what the root exports, by file
const index = join(src, 'index.ts');
const wanted = new Map(); // file → Set of names ('*' for all)
for (const st of parse(index).statements) {
  if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
  const file = resolveSpec(index, st.moduleSpecifier.text);
  if (file === null) continue;
  if (!wanted.has(file)) wanted.set(file, new Set());
  const names = st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) : ['*'];
  for (const n of names) wanted.get(file).add(n);
}

// 2. each declaration's TSDoc, and the edit that adds the category
const changes = [];
const undocumented = [];
const uncategorized = [];
for (const [file, names] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const rel = relative(dirname(src), file).split('\\').join('/');
  const folder = relative(src, file).split(/[\\/]/)[0];
  const category = folders[folder];
  const sf = parse(file);
  const text = sf.text;
  const edits = [];
  const done = new Set();
  for (const st of sf.statements) {
    const declared = nameOf(st).filter((n) => names.has(n) || names.has('*'));
    if (declared.length === 0 || declared.every((n) => done.has(n))) continue;
    const exported = (ts.canHaveModifiers(st) ? ts.getModifiers(st) ?? [] : []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported && names.has('*')) continue;
    const line = sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1;
    const doc = st.jsDoc?.at(-1);
    if (doc === undefined) {
      // an overload without its own comment: the documented signature carries the category
      if (ts.isFunctionDeclaration(st) && sf.statements.some((o) => o !== st && ts.isFunctionDeclaration(o) && o.name?.text === declared[0] && o.jsDoc?.length)) continue;
      undocumented.push(`${rel}:${line} ${declared.join(', ')}`);
      continue;
    }
    declared.forEach((n) => done.add(n));
    const start = doc.getStart(sf);
    const comment = text.slice(start, doc.end);
    if (/@category\s/.test(comment)) continue;
    if (category === undefined) {
      uncategorized.push(`${rel}:${line} ${declared.join(', ')} (folder '${folder}' has no category in tests/_tools/categories.json)`);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const indent = text.slice(lineStart, start).match(/^\s*/)[0];
    let replacement;
    if (!comment.includes('\n')) {
      const summary = comment.replace(/^\/\*\*\s*/, '').replace(/\s*\*\/$/, '');
      replacement = `/**\n${indent} * ${summary}\n${indent} *\n${indent} * @category ${category}\n${indent} */`;
    } else {
      const lastBreak = comment.lastIndexOf('\n');
      const hasTags = /\n\s*\*\s*@\w/.test(comment);
      const body = comment.slice(0, lastBreak).replace(/\s+$/, '');
      replacement = `${body}\n${hasTags ? '' : `${indent} *\n`}${indent} * @category ${category}\n${indent} */`;
    }
    edits.push({ start, end: doc.end, text: replacement });
    changes.push(`${rel}:${line} ${declared.join(', ')} → @category ${category}`);
  }
  if (edits.length > 0 && !dryRun) {
    let out = text;
    for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    writeFileSync(file, out);
  }
}

const say = (s) => process.stdout.write(`${s}\n`);
for (const c of changes) say(`${dryRun ? 'would add' : 'added'}  ${c}`);
for (const u of undocumented) say(`no TSDoc, left alone  ${u}`);
for (const u of uncategorized) say(`no category  ${u}`);
say(`${changes.length} declaration(s) ${dryRun ? 'to categorize' : 'categorized'} in ${new Set(changes.map((c) => c.split(':')[0])).size} file(s); ${undocumented.length} without TSDoc; ${uncategorized.length} in folders without a category`);
process.exitCode = uncategorized.length > 0 ? 1 : 0;
