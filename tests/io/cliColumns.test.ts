import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { parseDataset } from '../../src/index.js';
import { writeDatasetFile } from '../../src/io/index.js';

const dir = mkdtempSync(join(tmpdir(), 'shnor-cli-columns-'));
const samplePath = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
const sample = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8')));

const run = async (args: string[], isTTY: boolean): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY });
  return { code, out, err };
};

describe('shnor evaluate over a JSON Lines or CSV file: the columnar path', () => {
  it.each(['e.jsonl', 'e.csv', 'e.jsonl.gz'])('%s: the same report as from the JSON dataset; progress only on a terminal', async (name) => {
    const file = join(dir, name);
    await writeDatasetFile(sample, file);
    const args = (data: string): string[] => ['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', data, '--year', '2024', '--no-explain', '--format', 'json'];
    const json = await run(args(samplePath), false);
    const quiet = await run(args(file), false);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe(json.out);
    const tty = await run(args(file), true);
    expect(tty.code).toBe(0);
    expect(tty.out).toBe(json.out);
    // reading in percent, then each phase
    expect(tty.err).toContain(`${file}: 100 %`);
    expect(tty.err).toMatch(/… проверено строк результатов: \d+; подготовка к расчётам\n/);
    expect(tty.err).toContain('… оценка\n');
    // the program year step by step, in Russian only
    expect(tty.err).toContain('… отнесение школ к категориям за 2024 год\n');
    expect(tty.err).toMatch(/… перечни 2023 года для истории\n[^]*… история школ в категориях по годам\n[^]*… проверка согласованности данных\n/);
    expect(tty.err).not.toMatch(/records|identifying/);
  });

  it('a bad row is reported at its line and stops the evaluation; --partial goes on with the rest', async () => {
    const file = join(dir, 'bad.jsonl');
    await writeDatasetFile(sample, file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"collection":"results",'));
    lines[at] = (lines[at] as string).replace(/"grade":\d+/, '"grade":12');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const args = ['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', file, '--year', '2024', '--no-explain', '--format', 'json'];
    const stop = await run(args, false);
    expect(stop.code).toBe(1);
    expect(stop.err).toContain(`${file}: строка ${at + 1}: grade [too_big]`);
    const partial = await run([...args, '--partial'], false);
    expect(partial.code).toBe(0);
  });
});
