/**
 * Reading the CLI's input files: one function for every file the CLI reads, so that other readers
 * (JSON Lines, CSV, Excel) plug in here. Standard input as `-`, a UTF-8 byte-order mark accepted,
 * UTF-16 detected and named, duplicate keys in a JSON object reported. Internal.
 * @internal
 */
import { readFileSync, statSync } from 'node:fs';

/** A file read and parsed, or one line saying why not (Russian / English). */
export type InputResult = { readonly ok: true; readonly value: unknown; readonly name: string } | { readonly ok: false; readonly message: string };

/** How to read standard input (tests pass their own). */
export type StdinReader = () => Buffer;

const defaultStdin: StdinReader = () => readFileSync(0);

/** The bytes of a file, or of standard input for `-`. */
function bytesOf(path: string, stdin: StdinReader): { ok: true; bytes: Buffer } | { ok: false; message: string } {
  if (path === '-') {
    try {
      return { ok: true, bytes: stdin() };
    } catch (e) {
      return { ok: false, message: `не удалось прочитать стандартный ввод / cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
  }
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: `${path}: это папка, а не файл / is a directory, not a file` };
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${path}: файл не найден / file not found` };
    if (code === 'EACCES') return { ok: false, message: `${path}: нет прав на чтение / permission denied` };
    return { ok: false, message: `${path}: не удалось прочитать / cannot read (${code ?? (e as Error).message})` };
  }
}

/** The text of a file: UTF-8 with or without a byte-order mark; UTF-16 is named, not guessed. */
function decodeText(bytes: Buffer, name: string): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: `${name}: файл в кодировке UTF-16; сохраните его в UTF-8 / the file is UTF-16; save it as UTF-8` };
  }
  // UTF-16 without a mark: every other byte of ASCII text is zero
  const head = bytes.subarray(0, 64);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  if (head.length >= 4 && zeros >= head.length / 4) return { ok: false, message: `${name}: похоже на UTF-16 (нулевые байты); сохраните файл в UTF-8 / looks like UTF-16 (zero bytes); save it as UTF-8` };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { ok: false, message: `${name}: не UTF-8 (например, Windows-1251); сохраните файл в UTF-8 / not UTF-8 (e.g. Windows-1251); save it as UTF-8` };
  }
}

/**
 * The keys that occur twice in one JSON object, with their paths (`schools`, `schools.3.id`).
 * The text must be valid JSON (parse it first).
 */
function duplicateKeys(text: string, limit = 10): string[] {
  const out: string[] = [];
  // a stack of containers: objects keep their keys so far and the key being read; arrays their index
  type Frame = { kind: 'object'; keys: Set<string>; key: string | null; expectKey: boolean } | { kind: 'array'; index: number };
  const stack: Frame[] = [];
  const path = (): string =>
    stack
      .map((f) => (f.kind === 'object' ? f.key : String(f.index)))
      .filter((x): x is string => x !== null)
      .join('.');
  let i = 0;
  const n = text.length;
  while (i < n && out.length < limit) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      let s = '';
      let plain = true;
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\') {
          plain = false;
          j += 2;
        } else j++;
      }
      const raw = text.slice(i, j + 1);
      s = plain ? raw.slice(1, -1) : (JSON.parse(raw) as string);
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        if (top.keys.has(s)) {
          top.key = s;
          out.push(path());
        }
        top.keys.add(s);
        top.key = s;
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (c === '{') stack.push({ kind: 'object', keys: new Set(), key: null, expectKey: true });
    else if (c === '[') stack.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index++;
    }
    i++;
  }
  return out;
}

/** Parses text as JSON (duplicate keys are errors) or, for `.yaml`/`.yml`, as YAML. */
async function parseText(text: string, name: string): Promise<InputResult> {
  if (/\.ya?ml$/i.test(name)) {
    // YAML is read by the optional `yaml` package (not a dependency of the library): the name is
    // computed so that bundlers leave the import to run time
    const pkg = ['ya', 'ml'].join('');
    let parse: (src: string, options: { uniqueKeys: boolean }) => unknown;
    try {
      ({ parse } = (await import(pkg)) as { parse: typeof parse });
    } catch {
      return { ok: false, message: `${name}: для YAML нужен пакет yaml (npm install yaml) или файл в JSON / YAML needs the yaml package (npm install yaml), or write the file as JSON` };
    }
    try {
      return { ok: true, value: parse(text, { uniqueKeys: true }), name };
    } catch (e) {
      const msg = (e as Error).message.split('\n')[0] ?? '';
      return { ok: false, message: `${name}: не YAML / not YAML: ${msg}` };
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    return { ok: false, message: `${name}: не JSON / not JSON: ${(e as Error).message.split('\n')[0]}` };
  }
  const dup = duplicateKeys(text);
  if (dup.length > 0) return { ok: false, message: `${name}: повторяющиеся ключи / duplicate keys: ${dup.map((d) => `«${d}»`).join(', ')} (второе значение заменило бы первое / the second would replace the first)` };
  return { ok: true, value, name };
}

/**
 * Reads one input file of the CLI (or standard input for `-`) and parses it.
 *
 * @param path - The file, or `-`.
 * @param stdin - How to read standard input.
 * @returns The parsed value, or one line saying what is wrong.
 */
export async function readInput(path: string, stdin: StdinReader = defaultStdin): Promise<InputResult> {
  const name = path === '-' ? 'стандартный ввод / standard input' : path;
  const b = bytesOf(path, stdin);
  if (!b.ok) return b;
  const t = decodeText(b.bytes, name);
  if (!t.ok) return t;
  return parseText(t.text, path === '-' ? 'stdin' : path);
}
