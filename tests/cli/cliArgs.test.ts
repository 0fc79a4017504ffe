import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

// a mistyped command line is answered in Russian and English, never in Node's English alone
describe('command-line mistakes', () => {
  const run = async (args: string[]): Promise<{ code: number; err: string }> => {
    let err = '';
    const code = await runCli(args, { stdout: () => undefined, stderr: (s) => (err += s) });
    return { code, err };
  };
  it('an unknown option, a value missing, a value given to a switch', async () => {
    expect(await run(['demo', '--cards'])).toEqual({ code: 2, err: 'shnor demo: неизвестный параметр «--cards» / unknown option --cards\nсм. / see: shnor demo --help\n' });
    expect((await run(['evaluate', '--year'])).err).toContain('у параметра «--year» нет значения / option --year needs a value');
    expect((await run(['demo', '--help=1'])).err).toContain('параметр «--help» не принимает значения / option --help takes no value');
  });
  it('a value off its list, in the language asked', async () => {
    expect((await run(['evaluate', '--program', 'rezh-2019-2025', '--data', 'x.json', '--year', '2023', '--format', 'pdf'])).err).toBe('shnor evaluate: --format: получено «pdf», ожидается «md», «html» или «json»\n');
    expect((await run(['evaluate', '--program', 'rezh-2019-2025', '--data', 'x.json', '--year', '2023', '--format', 'pdf', '--lang', 'en'])).err).toBe('shnor evaluate: --format: received "pdf", expected one of: md, html, json\n');
  });
});
