import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};
const data = (name: string): string => join(import.meta.dirname, '..', '..', 'src', 'data', name);
const nb = (s: string): string => s.replace(/\u00a0/g, ' ');

describe('shnor validate over the seed datasets: the seed\u2019s own contradictions, with their numbers, in Russian', () => {
  it('seed 000: «765 %», 168 of 839 is 20,0 % not 21,6 %, the 2019 financing short by 1 000 450,00, 557 sat ОГЭ with 491 admitted; the 31 / 31,3 rounding as a note', async () => {
    const r = await run(['validate', '--data', data('seed000-rezh-2021.dataset.json')]);
    expect(r.code).toBe(0);
    const out = nb(r.out);
    expect(out).toContain('Предупреждения (записи приняты, но противоречат друг другу): 11');
    expect(out).toContain('765 % — доля не может быть больше 100 %');
    expect(out).toContain('указано 21,6 %, а 168 из 839 — это 20,0 %');
    expect(out).toContain('итог 5 220 058,68, а сумма слагаемых — 4 219 608,68; разница 1 000 450,00');
    expect(out).toContain('Режевской городской округ, 2021, ОГЭ, математика, 9 класс: 557 участников при 491 допущенном к ГИА-9');
    expect(out).toContain('Примечания (расхождения в пределах округления, не ошибки): 1\n  примечание: reported.18:');
    expect(out).toContain('одна доля 5 из 16 (31,25 %) напечатана по-разному: 31 и 31,3');
    // no ids of territories, procedures or subjects, no English collection names
    expect(out).not.toMatch(/rezh-go|\boge\b|\bmath\b|territoryResults:|schools:/);
  });

  it('seed 001: only notes for the КДР8 64,50 against 64,49 and 100,00 against 99,99, and the «6 %» of 3 of 46 as a warning', async () => {
    const r = await run(['validate', '--data', data('seed001-berezovsky-2018-2020.dataset.json')]);
    const out = nb(r.out);
    expect(out).toContain('Предупреждения (записи приняты, но противоречат друг другу): 1\n');
    expect(out).toContain('Березовский район, 2019, ЕГЭ, математика (базовый уровень), 11 класс: доля ниже минимума 6 % не совпадает с 3 из 46');
    expect(out).toContain('Примечания (расхождения в пределах округления, не ошибки): 2');
    expect(out).toContain('итог 64,50, сумма слагаемых 64,49 — расхождение 0,01 в пределах округления (до 0,015), не ошибка');
  });

  it('seed 004: C4 254 ≠ 246, C7 174 ≠ 176, C10 45,5 against 53,29, C12 398 ≠ 404, C16 86 % of 18, C20 shares of 286', async () => {
    const r = await run(['validate', '--data', data('seed004-kemerovsky-2021.dataset.json')]);
    const out = nb(r.out);
    expect(out).toContain('Предупреждения (записи приняты, но противоречат друг другу): 12');
    expect(out).toContain('итог 254, а сумма слагаемых — 246; разница 8');
    expect(out).toContain('указано среднее 45,5, а среднее указанных значений (68,1; 57; 54,4; 44,4; 49; 48; 58; 61; 44; 49) — 53,29');
    expect(out).toContain('86 % не получается ни при каком числе из 18');
    expect(out).toContain('указано 51 %, а 127 из 286 — это 44,4 %');
    expect(out).not.toContain('Примечания');
  });

  it('--format json keeps the notes with their severity', async () => {
    const r = await run(['validate', '--data', data('seed001-berezovsky-2018-2020.dataset.json'), '--format', 'json']);
    const j = JSON.parse(r.out) as { warnings: { code: string }[] };
    expect(j.warnings.map((w) => w.code)).toEqual(['SHARE_MISMATCH', 'SUM_WITHIN_ROUNDING', 'SUM_WITHIN_ROUNDING']);
  });
});

describe('shnor evaluate --profiles and the plan and financing sections', () => {
  it('seed 004 with the 500+ profile of Металлплощадская СОШ: the profile is used; a profile of another catalogue is refused naming it', async () => {
    const ok = await run(['evaluate', '--program', 'kemerovsky-2022-2024', '--data', data('seed004-kemerovsky-2021.dataset.json'), '--year', '2022', '--profiles', data('seed004-kemerovsky.risk-profiles.json'), '--format', 'json']);
    expect(ok.code).toBe(0);
    const e = JSON.parse(ok.out) as { risk: { profiles: { schoolId: string }[] } };
    expect(e.risk.profiles.map((p) => p.schoolId)).toEqual(['kem-metallploschadskaya']);
    const bad = await run(['evaluate', '--program', 'kemerovsky-2022-2024', '--data', data('seed004-kemerovsky-2021.dataset.json'), '--year', '2022', '--profiles', data('sample-rezh.risk-profiles.json')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('ошибок в риск-профилях');
    expect(bad.err).toContain('profiles.0');
    const shape = await run(['evaluate', '--program', 'kemerovsky-2022-2024', '--data', data('seed004-kemerovsky-2021.dataset.json'), '--year', '2022', '--profiles', data('kemerovsky-2022-2024.program.json')]);
    expect(shape.code).toBe(1);
    expect(shape.err).toContain('"profiles"');
  }, 120_000);

  it('the Markdown report of seed 000 for 2022: plan execution on 31 December 2022 and the 2019 financing difference', async () => {
    const r = await run(['evaluate', '--program', 'rezh-2019-2025', '--data', data('seed000-rezh-2021.dataset.json'), '--year', '2022']);
    expect(r.code).toBe(0);
    const out = nb(r.out);
    expect(out).toContain('## План мероприятий: исполнение на 31 декабря 2022 г.');
    expect(out).toContain('- Мероприятий: 56; выполнено — 8, на исполнении — 1, нет сведений об исполнении — 47.');
    expect(out).toContain('- Просрочено: 3.');
    expect(out).toContain('- 1.5. Разработка и реализация мониторинга достижений педагогического и управленческого состава — срок «2019 - 2021» (до 31 декабря 2021 г.), нет сведений об исполнении');
    expect(out).toContain('## Финансирование');
    expect(out).toContain('- 2019: указано 5 220 058,68 руб., сумма источников 4 219 608,68 руб. — расхождение 1 000 450,00 руб.');
    expect(out).toContain('- 2020: указано 3 858 950,20 руб., сумма источников совпадает');
    const html = nb((await run(['evaluate', '--program', 'rezh-2019-2025', '--data', data('seed000-rezh-2021.dataset.json'), '--year', '2022', '--format', 'html'])).out);
    expect(html).toContain('<li>2019: указано 5 220 058,68 руб., сумма источников 4 219 608,68 руб. — расхождение 1 000 450,00 руб.</li>');
  }, 120_000);

  it('a program without a plan or financing says so in one line each', async () => {
    const r = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', data('sample-rezh.dataset.json'), '--year', '2023']);
    const out = nb(r.out);
    expect(out).toMatch(/## (План мероприятий|Финансирование)/);
    expect(out).toContain('## Финансирование\n\n- Программа не указывает финансирование.');
  }, 120_000);
});

describe('shnor evaluate --actuals: the file is checked against its schema', () => {
  it('a share of 7 out of 5 and a bare number are issues at their path, exit 1, never «140 % достигнут»', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'shnor-actuals-'));
    const seven = join(dir, 'seven.json');
    writeFileSync(seven, JSON.stringify({ actuals: { 'seed000.i6': [{ year: 2023, value: { count: 7, total: 5 } }] } }));
    const r = await run(['evaluate', '--program', 'rezh-2019-2025', '--data', data('sample-rezh.dataset.json'), '--year', '2023', '--actuals', seven]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('actuals.seed000.i6.0.value.count: получено 7 из 5: часть не может быть больше целого');
    expect(r.out).toBe('');
    const bare = join(dir, 'bare.json');
    writeFileSync(bare, '{"actuals": 5}');
    const b = await run(['evaluate', '--program', 'rezh-2019-2025', '--data', data('sample-rezh.dataset.json'), '--year', '2023', '--actuals', bare]);
    expect(b.code).toBe(1);
    expect(b.err).toContain('actuals: получено 5, ожидается объект');
  });
});

describe('shnor evaluate --actuals: the values are checked against the program’s indicators', () => {
  it('a number for a yes/no indicator and an unknown indicator: named issues, exit 1; --partial evaluates the rest', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'shnor-actuals-')), 'actuals.json');
    // seed001.i1 is yes/no («рост … на протяжении трёх лет»); seed001.i4 a percent; seed001.i99 is not in the program
    writeFileSync(file, JSON.stringify({ actuals: { 'seed001.i1': [{ year: 2023, value: 55 }], 'seed001.i4': [{ year: 2023, value: true }, { year: 2022, value: 40 }], 'seed001.i99': [{ year: 2023, value: 5 }] } }));
    const args = ['evaluate', '--program', 'berezovsky-2021-2024', '--data', data('sample-rezh.dataset.json'), '--year', '2023', '--actuals', file];
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('actuals.seed001.i1.0.value: показатель «Рост доли школ, достигших положительной динамики');
    expect(r.err).toContain('принимает значения да/нет («true» или «false»), получено 55');
    expect(r.err).toContain('actuals.seed001.i4.0.value: показатель «');
    expect(r.err).toContain('числовой: ожидается число или доля, получено «да»');
    expect(r.err).toContain('actuals.seed001.i99: в программе нет показателя с идентификатором «seed001.i99»');
    expect(r.err).not.toContain('INVALID_NUMBER');
    const p = await run([...args, '--partial']);
    expect(p.code).toBe(0);
    expect(p.out).toContain('Целевые показатели');
    const en = await run([...args, '--lang', 'en']);
    expect(en.err).toContain('takes yes/no (true or false), received 55');
  });
});

describe('preset ids by territory and period; the old seed ids still work', () => {
  it('shnor evaluate --help lists the five ids, not the old ones', async () => {
    const r = await run(['evaluate', '--help']);
    expect(r.out).toContain('rezh-2019-2025|berezovsky-2021-2024|sergokalinsky-2023-2025|nazarovsky-2020-2023|kemerovsky-2022-2024');
    expect(r.out).not.toContain('seed002');
  });

  it('--program seed002 gives the same report as sergokalinsky-2023-2025, with a notice on stderr', async () => {
    const args = (id: string) => ['evaluate', '--program', id, '--data', data('sample-rezh.dataset.json'), '--year', '2023', '--format', 'json', '--no-explain'];
    const old = await run(args('seed002'));
    const now = await run(args('sergokalinsky-2023-2025'));
    expect(old.code).toBe(0);
    expect(old.out).toBe(now.out);
    expect((JSON.parse(old.out) as { programId: string }).programId).toBe('sergokalinsky-2023-2025');
    expect(old.err).toContain('--program seed002: устаревшее обозначение, используйте sergokalinsky-2023-2025');
    expect(now.err).not.toContain('устаревшее');
  }, 120_000);

  it('an unknown id lists the presets by their new ids', async () => {
    const r = await run(['evaluate', '--program', 'rezh', '--data', data('sample-rezh.dataset.json'), '--year', '2023']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('presets: rezh-2019-2025, berezovsky-2021-2024, sergokalinsky-2023-2025, nazarovsky-2020-2023, kemerovsky-2022-2024');
  });
});

describe('shnor test names a preset methodology by its new id or its old one', () => {
  it.each(['sergokalinsky-2023-2025', 'seed002'])('methodology: %s', async (id) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'shnor-preset-id-'));
    const school = { id: 's1', name: 'Школа № 1', territoryId: 'sergokala', type: 'СОШ', settlement: 'rural' };
    const file = join(dir, 't.json');
    writeFileSync(
      file,
      JSON.stringify({
        methodology: id,
        year: 2023,
        cases: [
          {
            name: 'ВПР и ОГЭ ниже порога в одном году — ШНОР (L125)',
            data: {
              territoryId: 'sergokala',
              territories: [{ id: 'sergokala', kind: 'municipality', name: { ru: 'Сергокалинский район' } }],
              schools: [school],
              results: [
                { schoolId: 's1', year: 2023, procedure: 'vpr', subject: 'russian', grade: 5, participants: 20, belowMinimum: 8 },
                { schoolId: 's1', year: 2023, procedure: 'oge', subject: 'math', grade: 9, participants: 20, belowMinimum: 7 },
              ],
            },
            expect: { s1: { shnor: true } },
          },
        ],
      }),
    );
    const r = await run(['test', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
