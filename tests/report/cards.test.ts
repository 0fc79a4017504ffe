import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { SEED_000_PROGRAM, evaluateProgram, parseDataset, renderHtml, renderMarkdown } from '../../src/index.js';

const dataset = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const e = evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { trace: true });
const cardsOf = (html: string): string[] => [...html.matchAll(/<h3 id="school-\d+-h">Карточка школы: ([^<]*)<\/h3>/g)].map((m) => m[1] as string);
const noteOf = (html: string): string | undefined => /<p class="note cards-note">([^<]*)<\/p>/.exec(html)?.[1];

describe('school cards: which schools get one', () => {
  it('above the threshold only the schools in a category, with a Russian line on the others', () => {
    const html = renderHtml(e, { dataset, cardsAllUpTo: 5 });
    const cards = cardsOf(html);
    expect(cards).toHaveLength(14);
    expect(cards).toContain('МБОУ СОШ № 23');
    // the two schools the typological group could not place (no data), in no list
    expect(cards).not.toContain('МБОУ СОШ № 13');
    expect(cards).not.toContain('МБОУ СОШ № 30');
    expect(noteOf(html)).toBe('Карточки школ: показаны 14 школ, попавших хотя бы в одну категорию (так по умолчанию, когда в наборе больше 5 школ); карточки остальных 2 школ выводятся с флагом --cards all.');
  });

  it('up to the threshold every school, and no line', () => {
    const html = renderHtml(e, { dataset });
    expect(cardsOf(html)).toHaveLength(16);
    expect(noteOf(html)).toBeUndefined();
    expect(cardsOf(renderHtml(e, { dataset, cardsAllUpTo: 5, cards: 'all' }))).toHaveLength(16);
  });

  it('asked for: identified or none, said so', () => {
    expect(noteOf(renderHtml(e, { dataset, cards: 'identified' }))).toBe('Карточки школ: показаны 14 школ, попавших хотя бы в одну категорию; карточки остальных 2 школ выводятся с флагом --cards all.');
    const none = renderHtml(e, { dataset, cards: 'none' });
    expect(cardsOf(none)).toEqual([]);
    expect(noteOf(none)).toBe('Карточки школ не включены в отчёт (16 школ): карточки всех школ выводятся с флагом --cards all, только школ из перечней — с флагом --cards identified.');
    // the Markdown report has no cards, whatever is asked
    expect(renderMarkdown(e, { dataset, cards: 'all' })).toBe(renderMarkdown(e, { dataset, cards: 'none' }));
  });

  it('shnor evaluate --cards: a wrong value is bad usage', async () => {
    let err = '';
    const code = await runCli(['evaluate', '--program', 'x', '--data', 'y.json', '--year', '2023', '--cards', 'some'], { stdout: () => {}, stderr: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err).toContain('--cards: получено «some», ожидается «identified», «all» или «none»');
  });
});
