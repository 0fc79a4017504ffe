// Package-level checks on the public surface: every exported function declares its return type
// and carries an @example in its TSDoc (typedoc's validation checks the rest of the docs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

describe('exported functions', () => {
  const files = sourceFiles(SRC);
  const missingReturn: string[] = [];
  const missingExample: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const internal = file.includes(`${join('_lib')}`);
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      const where = `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(statement.getStart()).line + 1}`;
      if (ts.isFunctionDeclaration(statement)) {
        if (!statement.type) missingReturn.push(where);
        const docs = ts.getJSDocTags(statement).map((t) => t.tagName.text);
        if (!internal && !docs.includes('example') && !docs.includes('internal')) missingExample.push(where);
      }
      if (ts.isVariableStatement(statement)) {
        for (const decl of statement.declarationList.declarations) {
          if (decl.initializer && (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer)) && !decl.type && !decl.initializer.type) {
            missingReturn.push(where);
          }
        }
      }
    }
  }

  it('declare their return types', () => {
    expect(missingReturn).toEqual([]);
  });

  it('have an @example in their TSDoc', () => {
    expect(missingExample).toEqual([]);
  });
});
