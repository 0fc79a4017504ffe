/**
 * Runs documentation examples (TSDoc `@example` blocks, README code blocks) and checks what they
 * claim. Written for `tests/architecture/examples.test.ts`; `tests/readme.test.ts` can use it too
 * (`runExample(block, { ...shnor, text, actuals }, { objects: 'partial' })`).
 *
 * The notation an example may use:
 * - `expr //=> expected` on one line, or `expr` (one or more lines) followed by a line `//=> expected`:
 *   the value of `expr` must be `expected`;
 * - `console.log(x); //=> expected`: `x` must be `expected`;
 * - `expr // throws ShnorError CODE` (or `// throws CODE`): evaluating `expr` must throw that code;
 * - in `expected`, `...` or `…` as the last element of an array means "and more elements", as an
 *   entry of an object "and more properties", and inside a string "any text here";
 * - text after `expected` in parentheses is a comment: `//=> 'signal' (60 % against 22 %)`;
 * - a plain space in an expected string also matches a no-break or narrow no-break space.
 *
 * Objects are compared exactly (every property, apart from `undefined` ones) unless the example
 * writes `...`, or the caller asks for `objects: 'partial'` (the README's convention).
 * Imports are dropped: the names come from the scope the caller gives.
 */
import ts from 'typescript';

/** What an example claims, where. */
export interface Claim {
  /** 1-based line inside the example. */
  readonly line: number;
  readonly kind: 'value' | 'throws';
  /** The expression checked, as written. */
  readonly actual: string;
  /** The expected value (or error code), as written. */
  readonly expected: string;
}

/** One claim that does not hold, or an error that stopped the example. */
export interface Failure {
  /** 1-based line inside the example (0: the example as a whole). */
  readonly line: number;
  readonly message: string;
}

export interface ExampleRun {
  readonly claims: readonly Claim[];
  readonly failures: readonly Failure[];
}

export interface RunOptions {
  /** `exact` (default): an object must have the expected properties and no others; `partial`: at least them. */
  readonly objects?: 'exact' | 'partial';
}

const REST = Symbol('and more');
const LIKE = Symbol('like');
interface Like {
  readonly [LIKE]: RegExp;
  readonly text: string;
}

/** Any space character (a no-break or narrow no-break space in the output) as a plain space: docs are typed with plain spaces. */
const spaces = (s: string): string => s.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ');

/** A string with `…`/`...` as a pattern: the dots match any text. */
function like(text: string): Like {
  const parts = spaces(text).split(/…|\.\.\./).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { [LIKE]: new RegExp(`^${parts.join('[\\s\\S]*')}$`), text };
}

/**
 * Rewrites the text after `//=>` into a JavaScript expression (dots → markers, string patterns →
 * matchers) and cuts a trailing comment.
 *
 * @param text - The text after `//=>`.
 * @returns The expression.
 */
export function expectedExpression(text: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      const lit = s.slice(i, j + 1);
      out += /…|\.\.\./.test(lit) ? `__like(${lit})` : lit;
      i = j + 1;
      continue;
    }
    if (s.startsWith('...', i) || c === '…') {
      const len = c === '…' ? 1 : 3;
      if (/^\s*[\]},]/.test(s.slice(i + len))) {
        out += '__REST__';
        i += len;
        continue;
      }
    }
    if (depth === 0 && out.trim() !== '' && /\s/.test(c) && /^\s*(\(|\/\/)/.test(s.slice(i))) break; // trailing comment
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    out += c;
    i++;
  }
  return out.trim();
}

const fmt = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && v !== null && LIKE in v) return `like ${JSON.stringify((v as Like).text)}`;
  try {
    const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
    return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return String(v);
  }
};

/**
 * Compares a value with what an example expects.
 *
 * @param actual - The value computed.
 * @param expected - The value written (with the markers of {@link expectedExpression}).
 * @param objects - `exact` or `partial` comparison of objects.
 * @param path - Where in the value (for the message).
 * @returns `null` when they match, otherwise where and how they differ.
 */
export function mismatch(actual: unknown, expected: unknown, objects: 'exact' | 'partial' = 'exact', path = ''): string | null {
  const at = path === '' ? '' : ` at ${path}`;
  if (typeof expected === 'object' && expected !== null && LIKE in expected) {
    return typeof actual === 'string' && (expected as Like)[LIKE].test(spaces(actual)) ? null : `expected${at} ${fmt(expected)}, got ${fmt(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `expected${at} an array ${fmt(expected)}, got ${fmt(actual)}`;
    const open = expected.length > 0 && expected[expected.length - 1] === REST;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) return `expected${at} ${open ? 'at least ' : ''}${items.length} element(s), got ${actual.length}: ${fmt(actual)}`;
    for (let k = 0; k < items.length; k++) {
      const d = mismatch(actual[k], items[k], objects, `${path}[${k}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `expected${at} an object ${fmt(expected)}, got ${fmt(actual)}`;
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const open = objects === 'partial' || '__REST__' in e;
    const keys = Object.keys(e).filter((k) => k !== '__REST__' && e[k] !== undefined);
    for (const k of keys) {
      if (!(k in a)) return `expected${at} a property '${k}', got ${fmt(actual)}`;
      const d = mismatch(a[k], e[k], objects, `${path}.${k}`);
      if (d !== null) return d;
    }
    if (!open) {
      const extra = Object.keys(a).filter((k) => a[k] !== undefined && !keys.includes(k));
      if (extra.length > 0) return `unexpected propert${extra.length === 1 ? 'y' : 'ies'}${at}: ${extra.map((k) => `${k}: ${fmt(a[k])}`).join(', ')} (write '...' if the example shows only some)`;
    }
    return null;
  }
  if (typeof actual === 'string' && typeof expected === 'string' && spaces(actual) === spaces(expected)) return null;
  if (actual === expected || (Number.isNaN(actual) && Number.isNaN(expected))) return null;
  return `expected${at} ${fmt(expected)}, got ${fmt(actual)}`;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Turns an example into JavaScript whose claims call `__check(i, () => actual, () => expected)` and
 * `__throws(i, () => actual, code)`.
 *
 * @param code - The example (TypeScript or JavaScript).
 * @returns The JavaScript, the claims, and problems found before running (a `//=>` after nothing).
 */
export function compileExample(code: string): { js: string; claims: Claim[]; problems: Failure[] } {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const line = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const statements: ts.Statement[] = [];
  const collect = (n: ts.Node): void => {
    if (ts.isExpressionStatement(n) || ts.isVariableStatement(n)) statements.push(n);
    ts.forEachChild(n, collect);
  };
  collect(sf);
  const edits: Edit[] = [];
  const claims: Claim[] = [];
  const problems: Failure[] = [];
  for (const st of sf.statements) if (ts.isImportDeclaration(st)) edits.push({ start: st.getStart(sf), end: st.end, text: '' });

  const markers = [...code.matchAll(/\/\/=>(.*)|\/\/\s*throws\s+(?:ShnorError\s+)?([A-Z][A-Z0-9_]+)/g)];
  for (const m of markers) {
    const pos = m.index;
    const target = statements
      .filter((s) => s.end <= pos && /^[\s;]*$/.test(code.slice(s.end, pos)))
      .sort((x, y) => y.end - x.end)[0];
    if (target === undefined) {
      problems.push({ line: line(pos), message: `'${m[0].trim()}' follows no expression` });
      continue;
    }
    const id = claims.length;
    const kind = m[1] !== undefined ? 'value' : 'throws';
    let actual: string;
    if (ts.isVariableStatement(target)) {
      const d = target.declarationList.declarations;
      const name = d.length === 1 && d[0] && ts.isIdentifier(d[0].name) ? d[0].name.text : null;
      if (name === null || kind === 'throws') {
        problems.push({ line: line(pos), message: `'${m[0].trim()}' follows a declaration that is not one name` });
        continue;
      }
      actual = name;
    } else {
      const e = (target as ts.ExpressionStatement).expression;
      actual = ts.isCallExpression(e) && e.expression.getText(sf) === 'console.log' && e.arguments[0] ? e.arguments[0].getText(sf) : e.getText(sf);
    }
    const expected = kind === 'value' ? expectedExpression(m[1] as string) : (m[2] as string);
    claims.push({ line: line(pos), kind, actual, expected });
    // a claim on an awaited value (`await writeDatasetFile(…) //=> […]`) is checked once it settles
    const wait = /\bawait\b/.test(actual) ? ['await ', 'async '] : ['', ''];
    const call =
      kind === 'value'
        ? `${wait[0]}__check(${id}, ${wait[1]}() => (${actual}), () => (${expected}));`
        : `${wait[0]}__throws(${id}, ${wait[1]}() => (${actual}), ${JSON.stringify(expected)});`;
    if (ts.isVariableStatement(target)) edits.push({ start: target.end, end: target.end, text: ` ${call}` });
    else edits.push({ start: target.getStart(sf), end: target.end, text: call });
  }
  let edited = code;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) edited = edited.slice(0, e.start) + e.text + edited.slice(e.end);
  const js = ts.transpileModule(edited, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }, reportDiagnostics: false }).outputText.replace(/^export \{\};?\s*$/m, '');
  return { js, claims, problems };
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

/**
 * Runs an example with the given names in scope and checks every claim.
 *
 * @param code - The example.
 * @param scope - The names the example may use (the library's exports, sample data).
 * @param options - How objects are compared.
 * @returns The claims and the failures (empty when everything holds).
 */
export async function runExample(code: string, scope: Readonly<Record<string, unknown>>, options: RunOptions = {}): Promise<ExampleRun> {
  const { js, claims, problems } = compileExample(code);
  const failures: Failure[] = [...problems];
  const reached = new Set<number>();
  const objects = options.objects ?? 'exact';
  const check = async (id: number, actual: () => unknown, expected: () => unknown): Promise<void> => {
    reached.add(id);
    const c = claims[id] as Claim;
    let a: unknown;
    try {
      a = actual();
      if (a instanceof Promise && /\bawait\b/.test(c.actual)) a = await a;
    } catch (e) {
      failures.push({ line: c.line, message: `${c.actual} throws ${describeError(e)}` });
      return;
    }
    const exp = expected();
    const d = mismatch(a, exp, objects);
    if (d !== null) failures.push({ line: c.line, message: `${c.actual}: ${d}` });
  };
  const throws = async (id: number, actual: () => unknown, code: string): Promise<void> => {
    reached.add(id);
    const c = claims[id] as Claim;
    try {
      let v = actual();
      if (v instanceof Promise && /\bawait\b/.test(c.actual)) v = await v;
      failures.push({ line: c.line, message: `${c.actual} was to throw ${code}, returned ${fmt(v)}` });
    } catch (e) {
      const got = (e as { code?: unknown }).code;
      if (got !== code) failures.push({ line: c.line, message: `${c.actual} was to throw ${code}, threw ${describeError(e)}` });
    }
  };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !/^__(check|throws|like|REST__)$/.test(n));
  try {
    // the body in a block of its own, so that the example may declare a name the scope also has
    const fn = new AsyncFunction(...names, '__check', '__throws', '__like', '__REST__', `{\n${js}\n}`);
    await fn(...names.map((n) => scope[n]), check, throws, like, REST);
  } catch (e) {
    failures.push({ line: 0, message: `the example stops: ${describeError(e)}` });
  }
  claims.forEach((c, id) => {
    if (!reached.has(id) && !failures.some((f) => f.line === 0)) failures.push({ line: c.line, message: `${c.actual}: never evaluated` });
  });
  return { claims, failures: failures.sort((x, y) => x.line - y.line) };
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}${(e as { code?: unknown }).code ? ` ${String((e as { code?: unknown }).code)}` : ''}: ${e.message.split('\n')[0]}`;
  return String(e);
}

/** One `@example` of a TSDoc comment. */
export interface DocExample {
  readonly file: string;
  /** The declaration the comment documents (`share`, `ShnorError`), or `line N`. */
  readonly name: string;
  /** 1-based position among the examples of that declaration. */
  readonly index: number;
  /** Source line of the first code line. */
  readonly line: number;
  readonly code: string;
}

/**
 * Every `@example` in the TSDoc comments of a source text.
 *
 * @param file - The file's path (for the result).
 * @param text - Its text.
 * @returns The examples in order.
 */
export function docExamples(file: string, text: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = text.split('\n');
  const seen = new Map<string, number>();
  for (const c of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    if (!c[0].includes('@example')) continue;
    const first = text.slice(0, c.index).split('\n').length; // line of '/**'
    const body = c[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/\s*$/, ''));
    const after = lines.slice(first - 1 + body.length).find((l) => l.trim() !== '') ?? '';
    const name = /(?:function|const|class|interface|type|let)\s+([A-Za-z_$][\w$]*)/.exec(after)?.[1] ?? `line ${first}`;
    for (let k = 0; k < body.length; k++) {
      if (!/^@example\b/.test(body[k] as string)) continue;
      let j = k + 1;
      const code: string[] = [];
      let start = first + j;
      if (/^```/.test(body[j] ?? '')) {
        j++;
        start = first + j;
        while (j < body.length && !/^```/.test(body[j] as string)) code.push(body[j++] as string);
      } else {
        while (j < body.length && !/^@\w/.test(body[j] as string)) code.push(body[j++] as string);
      }
      const index = (seen.get(name) ?? 0) + 1;
      seen.set(name, index);
      out.push({ file, name, index, line: start, code: code.join('\n') });
    }
  }
  return out;
}
