/** A matrix classifier: the row and column measures of a school pick a cell of a typology. */
import { distinctInputs } from '../engine/missing.js';
import { num } from '../_lib/labels.js';
import { matrixCell } from '../../indices/typology.js';
import { type EvalContext, NONE } from '../engine/context.js';
import type { Bilingual } from '../../errors/messages.js';
import type { CategoryResult, TraceNode } from '../engine/types.js';
import { type Lang, missingList } from '../explain/words.js';
import type { Category } from '../schema.js';

type Matrix = Extract<Extract<Category, { kind: 'classifier' }>['classifier'], { kind: 'matrix' }>;

/** The class of a school by a matrix. @internal */
export function evaluateMatrix(cl: Matrix, si: number, ctx: EvalContext): CategoryResult {
  const a = ctx.measure(cl.rows, si);
  const b = ctx.measure(cl.columns, si);
  if (a.status !== 'value' || b.status !== 'value') {
    const missing = distinctInputs([...(a.status === 'missing' ? a.missing : []), ...(b.status === 'missing' ? b.missing : [])]);
    const n = ctx.node({ kind: 'matrix' }, null, { missing });
    return { value: null, missing, ...(n ? { node: n } : {}) };
  }
  const cls = matrixCell(cl, a.value, b.value);
  const n = ctx.node({ kind: 'matrix' }, true, { params: { rows: ctx.labelOf(cl.rows), columns: ctx.labelOf(cl.columns) }, values: { rows: a.value, columns: b.value, class: cls } });
  return { value: true, missing: NONE, cls, ...(n ? { node: n } : {}) };
}

/** «индекс А = 0,4, индекс Б = 0,7 → тип 2». @internal */
export function explainMatrix(n: TraceNode, lang: Lang): string {
  if (n.outcome === 'missing' || n.outcome === 'not_applicable') return `${lang === 'ru' ? 'нет данных' : 'no data'}: ${missingList(n.missing ?? [], lang)}`;
  const p = (n.params ?? {}) as { rows?: Bilingual; columns?: Bilingual };
  const v = n.values as { rows: number; columns: number; class: string | null };
  const rows = p.rows?.[lang] ?? '';
  const columns = p.columns?.[lang] ?? '';
  return `${rows} = ${num(v.rows, lang)}, ${columns} = ${num(v.columns, lang)} → ${v.class ?? (lang === 'ru' ? 'ни одна ячейка матрицы не подходит' : 'no cell of the matrix applies')}`;
}
