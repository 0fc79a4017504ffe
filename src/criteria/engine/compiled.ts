/**
 * The rules of a methodology compiled for an evaluator of statuses only (a program year's earlier
 * years): each rule of the tree once into a function of the school, its parts' functions, memo,
 * declaration, measure slots and missing-data policy found once per rule rather than looked up for
 * every school — no walk of the tree by kind, no map of rules, no label, no shared trace parts.
 * The functions give what the interpreter (`rule` of evaluator.ts and the kinds' `evaluate`)
 * gives without traces: the same value, class, reason and missing inputs (empty, or not), most as
 * the same shared frozen results. A kind or a case the compiler does not cover (results,
 * rankings, persistence, residuals, gaps, cumulative rules, territories, matrices, a sum with
 * unknown terms, a rounded boundary, an undeclared fact) is the kind's own `evaluate`, called
 * directly. Internal.
 */
import type { Reason } from '../../core/outcome.js';
import { at } from '../_lib/context.js';
import { compareValue } from '../_lib/compare.js';
import { atLeastOf, not } from '../_lib/logic.js';
import type { MeasureValue } from '../_lib/measures.js';
import { RULES } from '../rules/registry.js';
import { outOfScopeReason } from '../rules/scope.js';
import type { Category, Measure, Rule } from '../schema.js';
import { type EvalContext, NONE, type RuleModule, plainResult, resultWith } from './context.js';
import { type MissingInput, SOME_MISSING } from './missing.js';
import type { SchoolMemo } from './slots.js';
import type { CategoryResult, RuleResult } from './types.js';

/**
 * Whether evaluators of statuses only run compiled rules (`on`, always but in tests): off, they
 * walk the rule tree as evaluators with traces do — the reference the tests compare the compiled
 * rules with. Read when an evaluator is created. @internal
 */
export const COMPILED_STATUSES: { on: boolean } = { on: true };

/** A compiled rule: its result for a school (by ordinal). */
export type CompiledRule = (si: number) => RuleResult;

/** What the compiler needs of its evaluator. */
export interface CompileHooks {
  /** The memo of a rule asked more than once for a school (`ruleMemoKeys`), shared with the interpreter; `undefined` for the others. */
  memoOf(r: Rule): SchoolMemo<RuleResult> | undefined;
  /** A measure's value for a school through its memo, the slots found once. */
  measureOf(m: Measure): (si: number) => MeasureValue;
}

type Ordered = Extract<Extract<Category, { kind: 'classifier' }>['classifier'], { kind: 'ordered' }>;

/** A result that does not apply to the school (ЕГЭ at an ООШ) is left out of a combination (combine.ts). */
const applies = (x: RuleResult): boolean => x.reason === undefined || (x.reason.code !== 'NOT_OFFERED' && x.reason.code !== 'OUT_OF_SCOPE');

/**
 * Not-applicable results by reason for one rule: the result of the reason asked last, one frozen
 * object for every school with it (a rule's reasons are mostly one shared object: its scope's, an
 * undeclared fact's), so that its memo keeps a code rather than an object per school.
 */
function notApplicableResults<T extends RuleResult>(): (reason: Reason | undefined) => T {
  let last: Reason | undefined;
  let result: T | undefined;
  return (reason) => {
    if (result === undefined || reason !== last) {
      last = reason;
      result = Object.freeze({ value: null, missing: NONE, reason }) as unknown as T;
    }
    return result;
  };
}

/** The compiler of one evaluator: each rule and category compiled once, on first use. */
export class StatusCompiler {
  private readonly rules = new WeakMap<Rule, CompiledRule>();
  private readonly categories = new WeakMap<Category, (si: number) => CategoryResult>();

  constructor(
    private readonly ctx: EvalContext,
    private readonly hooks: CompileHooks,
  ) {}

  /** A rule's function (the same one for every call with that rule object). */
  rule(r: Rule): CompiledRule {
    let f = this.rules.get(r);
    if (f === undefined) {
      f = this.withMemo(r, this.withPolicy(r, this.once(r)));
      this.rules.set(r, f);
    }
    return f;
  }

  /** A category's function, or `undefined` for the kinds the interpreter keeps (territories, matrices). */
  category(c: Category): ((si: number) => CategoryResult) | undefined {
    let f = this.categories.get(c);
    if (f === undefined) {
      if (c.kind === 'flag') f = this.rule(c.rule);
      else if (c.kind === 'classifier' && c.classifier.kind === 'ordered') f = this.ordered(c.classifier);
      else return undefined;
      this.categories.set(c, f);
    }
    return f;
  }

  /** `rule` of the evaluator: a rule asked more than once for a school is computed once, in the memo it shares with the interpreter. */
  private withMemo(r: Rule, f: CompiledRule): CompiledRule {
    const memo = this.hooks.memoOf(r);
    if (memo === undefined) return f;
    return (si) => {
      let out = memo.get(si);
      if (out === undefined) {
        out = f(si);
        memo.set(si, out);
      }
      return out;
    };
  }

  /** `ruleOnce` of the evaluator: the act's missing-data policy, by name (an absent input counts as not meeting, or as meeting, the condition). */
  private withPolicy(r: Rule, f: CompiledRule): CompiledRule {
    const policy = r.ifMissing;
    if (policy === undefined || policy === 'unknown') return f;
    const instead = plainResult(policy === 'holds');
    return (si) => {
      const out = f(si);
      return out.value !== null || out.reason !== undefined || out.missing.length === 0 ? out : instead;
    };
  }

  /** The kind's own evaluation, without the registry's lookup by kind. */
  private interpreted(r: Rule): CompiledRule {
    const module = RULES[r.kind] as RuleModule<Rule>;
    const ctx = this.ctx;
    return (si) => module.evaluate(r, si, ctx);
  }

  /** One rule's evaluation (combine.ts, not.ts, scope.ts, status.ts, threshold.ts without traces). */
  private once(r: Rule): CompiledRule {
    switch (r.kind) {
      case 'all':
      case 'any':
      case 'atLeast':
        return this.combination(r);
      case 'not': {
        const inner = this.rule(r.rule);
        // the negation of the part's result asked last, when it does not apply (one object for a shared part)
        let lastPart: RuleResult | undefined;
        let lastNegation: RuleResult | undefined;
        return (si) => {
          const x = inner(si);
          const value = not(x.value);
          // a rule that does not apply stays not applicable: its negation is not "yes"
          if (x.reason !== undefined && x.missing.length === 0) {
            if (x !== lastPart || lastNegation === undefined) {
              lastPart = x;
              lastNegation = Object.freeze({ value, missing: x.missing, reason: x.reason });
            }
            return lastNegation;
          }
          return resultWith(value, x.missing);
        };
      }
      case 'scope': {
        const when = this.rule(r.when);
        const inner = this.rule(r.rule);
        // one result for every school outside the scope
        const outside: RuleResult = Object.freeze({ value: null, missing: NONE, reason: outOfScopeReason(r) });
        return (si) => {
          const w = when(si);
          if (w.value === true) return inner(si);
          if (w.value === false || (w.reason !== undefined && w.missing.length === 0)) return outside;
          return resultWith(null, w.missing);
        };
      }
      case 'status':
        return this.status(r);
      case 'threshold':
      case 'between':
        return this.threshold(r);
      default:
        return this.interpreted(r);
    }
  }

  /** `all`, `any`, `atLeast` as combine.ts's `untraced`: stop at the part that decides, else the four-valued count. */
  private combination(r: Extract<Rule, { kind: 'all' | 'any' | 'atLeast' }>): CompiledRule {
    const parts = r.rules.map((c) => this.rule(c));
    const n = parts.length;
    const all = r.kind === 'all';
    const need = r.kind === 'atLeast' ? r.k : 1;
    const notApplicable = notApplicableResults();
    return (si) => {
      let yes = 0;
      let first: RuleResult | undefined;
      let judged = 0;
      let held = 0;
      let unknown = 0;
      let inapplicableParts = 0;
      let reason: Reason | undefined;
      let lacking = false;
      for (let i = 0; i < n; i++) {
        const x = (parts[i] as CompiledRule)(si);
        first ??= x;
        if (!applies(x)) continue;
        if (x.value !== null && (all ? x.value === false : x.value === true && ++yes >= need)) return plainResult(!all);
        judged++;
        if (x.missing.length > 0) lacking = true;
        if (x.value === true) held++;
        else if (x.value === false) continue;
        else if (x.missing.length === 0 && x.reason !== undefined) {
          inapplicableParts++;
          reason ??= x.reason;
        } else unknown++;
      }
      if (judged === 0) return notApplicable(first?.reason);
      const k = r.kind === 'atLeast' ? r.k : r.kind === 'any' ? 1 : judged;
      const { value, notApplicable: inapplicable } = atLeastOf(k, held, unknown, inapplicableParts);
      // the whole does not apply (its value is then none), for the first such part's reason
      if (inapplicable) return notApplicable(reason);
      if (value !== null || !lacking) return plainResult(value);
      // statuses only: whether a part lacks data, not which inputs (only such evaluators are compiled)
      return resultWith(value, SOME_MISSING);
    };
  }

  /** `status` over a declared fact: the declaration found once; an undeclared or absent fact is status.ts's own result. */
  private status(r: Extract<Rule, { kind: 'status' }>): CompiledRule {
    const ctx = this.ctx;
    const slow = this.interpreted(r);
    const decl = ctx.ix.declarations.get(r.fact);
    if (decl === undefined) return slow;
    const declared = ctx.ix.declared;
    const year = ctx.year;
    const fact = r.fact;
    if (decl.kind === 'boolean') {
      // a listed value matches `true` (`false`) when it is that value or its string
      const ifTrue = plainResult(r.in.some((x) => (typeof x === 'boolean' ? x : String(x) === 'true')));
      const ifFalse = plainResult(r.in.some((x) => (typeof x === 'boolean' ? !x : String(x) === 'false')));
      return (si) => {
        const fv = at(declared, si, year)?.get(fact);
        if (fv === undefined) return slow(si);
        return fv.value === true || fv.value === 'true' ? ifTrue : ifFalse;
      };
    }
    // a value of another kind, as a string: a listed `true` or `false` never matches it, a listed value by its string
    const listed = new Set(r.in.filter((x) => typeof x !== 'boolean').map((x) => String(x)));
    return (si) => {
      const fv = at(declared, si, year)?.get(fact);
      if (fv === undefined) return slow(si);
      return plainResult(listed.has(String(fv.value)));
    };
  }

  /** `threshold` and `between` on a measure with a value; anything else (no value, a sum, a rounded boundary) is threshold.ts's own result. */
  private threshold(r: Extract<Rule, { kind: 'threshold' | 'between' }>): CompiledRule {
    const slow = this.interpreted(r);
    if (r.measure.kind === 'sum' || r.onRoundedBoundary === 'unknown') return slow;
    const measure = this.hooks.measureOf(r.measure);
    const holds: (v: Extract<MeasureValue, { status: 'value' }>) => boolean =
      r.kind === 'threshold'
        ? (v) => compareValue(v, r.op, r.value)
        : (v) => compareValue(v, r.minInclusive ? 'gte' : 'gt', r.min) && compareValue(v, r.maxInclusive ? 'lte' : 'lt', r.max);
    return (si) => {
      const v = measure(si);
      if (v.status === 'value') return plainResult(holds(v));
      // without a reason: the shared result of its missing inputs (the evaluator's `unknownFrom` without traces)
      if (v.status === 'missing') return resultWith(null, v.missing as readonly MissingInput[]);
      return slow(si);
    };
  }

  /** An ordered classifier as ordered.ts without traces: the first option that holds gives the class. */
  private ordered(cl: Ordered): (si: number) => CategoryResult {
    const options = cl.options.map((o) => this.rule(o.rule));
    const n = options.length;
    // one result per class
    const classes = cl.options.map((o) => Object.freeze({ value: true, missing: NONE, cls: o.value }) as CategoryResult);
    const notApplicable = notApplicableResults<CategoryResult>();
    const otherwise: CategoryResult | undefined = cl.otherwise === undefined ? undefined : Object.freeze({ value: true, missing: NONE, cls: cl.otherwise }) as CategoryResult;
    return (si) => {
      let reason: Reason | undefined;
      let passedOver = 0;
      for (let i = 0; i < n; i++) {
        const x = (options[i] as CompiledRule)(si);
        if (x.value === true) return classes[i] as CategoryResult;
        if (x.value === null && x.missing.length === 0 && x.reason !== undefined) {
          reason ??= x.reason;
          passedOver++;
          continue;
        }
        if (x.value === null) {
          // unknown: its missing inputs (an option unknown with none missing and no reason ends the list as none holding)
          if (x.missing.length > 0) return x.missing === SOME_MISSING ? resultWith(null, SOME_MISSING) : { value: null, missing: [...x.missing] };
          return otherwise ?? { value: null, missing: [] };
        }
      }
      if (reason !== undefined && passedOver === n) return notApplicable(reason);
      return otherwise ?? { value: null, missing: [] };
    };
  }
}
