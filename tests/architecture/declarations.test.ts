/**
 * `isolatedDeclarations` makes every exported zod schema carry its type written out
 * (`export const XSchema: z.ZodObject<{ … }> = z.strictObject({ … })`). A written-out object type
 * with a field fewer than the schema still type-checks (zod's object types are covariant in their
 * shape), and the field would silently vanish from `z.output<typeof XSchema>`. This test checks
 * that each written-out type and the type the initializer has are assignable both ways: a field
 * added to a schema must be added to its type too. (A written-out plain object type, such as the
 * shared fields of the result rows, is guarded by TypeScript's excess-property check already.)
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../_tools/sourceGraph.js';

/** Variable declarations of `src` with both a written type and an initializer whose type is a zod schema. */
function annotatedSchemas(): { where: string; same: boolean }[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error('tsconfig.json cannot be read');
  const files = config.fileNames.filter((f) => f.startsWith(join(ROOT, 'src')));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const out: { where: string; same: boolean }[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(join(ROOT, 'src'))) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && n.type !== undefined && n.initializer !== undefined && /^z\.Zod/.test(n.type.getText(sf))) {
        const written = checker.getTypeFromTypeNode(n.type);
        const inferred = checker.getTypeAtLocation(n.initializer);
        const same = checker.isTypeAssignableTo(written, inferred) && checker.isTypeAssignableTo(inferred, written);
        const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
        out.push({ where: `${sf.fileName.slice(ROOT.length + 1)}:${line + 1} ${n.name.getText(sf)}`, same });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe('written-out schema types (isolatedDeclarations)', () => {
  it('say exactly what the schema infers: no field missing or extra', () => {
    const all = annotatedSchemas();
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter((x) => !x.same).map((x) => x.where), 'a written-out schema type differs from its schema: write the field into the type').toEqual([]);
  }, 120_000);
});
