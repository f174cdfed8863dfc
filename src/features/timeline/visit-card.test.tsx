import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../data/schema';
import { buildIndex } from '../../data/index-builder';
import { colorFor } from '../../lib/colors';
import { PageActionsProvider } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { VisitCard } from './visit-card';

/**
 * The small fixture: 甲 (with 乙单位) to 一号社区 on 3 Feb morning, 口罩800个 and 酒精; 丙 to 二号社区 that afternoon,
 * 医用口罩 and 手套; 戊 for 丁 to 三号村, undated, district inferred; 己 to 四号社区 in 西区, date inferred.
 */
function renderCard(visitId: string, lang: 'zh' | 'en' = 'zh', data: Dataset = fixture('small')) {
  const index = buildIndex(data);
  const row = index.rows.find((r) => r.visit.id === visitId)!;
  const actions = { filterBy: vi.fn(), showEvidence: vi.fn() };
  renderWithProviders(
    <PageActionsProvider value={actions}>
      <VisitCard row={row} index={index} />
    </PageActionsProvider>,
    { lang },
  );
  return { actions, card: screen.getByRole('article'), index };
}
const items = (card: HTMLElement) =>
  within(card)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('VisitCard', () => {
  it('shows when, who went with their roles and titles, the place path and the supplies as written', () => {
    const { card } = renderCard('visit-a');
    expect(card).toHaveAccessibleName('甲到一号社区');
    expect(card).toHaveTextContent('2020年2月3日 · 上午（原文：2月3日上午）');
    const people = items(card);
    expect(people.some((t) => t.startsWith('带队甲区长'))).toBe(true);
    expect(people.some((t) => t.startsWith('随行单位乙单位'))).toBe(true);
    expect(within(card).getByRole('button', { name: '东区' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '一号街道' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '一号社区' })).toBeInTheDocument();
    // The stated quantity is shown with its supply; the other has none.
    expect(
      within(card)
        .getAllByRole('button', { name: /口罩|酒精/ })
        .map((b) => b.textContent),
    ).toEqual(['口罩800 个', '酒精']);
    expect(within(card).queryByRole('button', { name: /推断|存疑/ })).toBeNull();
  });

  it('says the lead is not named where the text names nobody who went', () => {
    const data = fixture('small');
    const visit = data.bulletins[0]!.visits.find((v) => v.id === 'visit-c')!;
    visit.participants = [];
    const { card } = renderCard('visit-c', 'zh', data);
    expect(items(card)).toContain('带队原文未写明');
    cleanup();
    const en = renderCard('visit-c', 'en', data).card;
    expect(items(en)).toContain('leadnot named in the text');
    cleanup();
    // A visit with its lead: no such line.
    expect(items(renderCard('visit-c').card).some((t) => t.includes('原文未写明'))).toBe(false);
  });

  it('lists the one who only entrusted someone as such, beside the one who went', () => {
    const { card } = renderCard('visit-e');
    const people = items(card);
    expect(people.some((t) => t.startsWith('带队戊'))).toBe(true);
    expect(people.some((t) => t.startsWith('委托丁'))).toBe(true);
  });

  it('says the date is not given, and writes every explanation out, not only behind a badge', () => {
    const { card } = renderCard('visit-e');
    expect(card).toHaveTextContent('日期未注明 · 时段未载明（原文：未注明）');
    expect(within(card).queryByRole('time')).toBeNull();
    const notes = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('button') === null)
      .map((li) => li.textContent);
    expect(notes).toEqual(['原文未写日期。', '原文未写区名，按村名推断为东区。']);
  });

  it('flags the uncertain date and the inferred district, each explained one click away', async () => {
    const user = userEvent.setup();
    const { card } = renderCard('visit-e');
    const district = within(card).getByRole('button', { name: /区县为推断/ });
    const explanation = document.getElementById(district.getAttribute('aria-controls')!)!;
    expect(explanation).not.toBeVisible();
    await user.click(district);
    expect(district).toHaveAttribute('aria-expanded', 'true');
    expect(explanation).toBeVisible();
    expect(explanation).toHaveTextContent('按村名推断为东区');
    const date = within(card).getByRole('button', { name: /日期存疑/ });
    await user.click(date);
    expect(document.getElementById(date.getAttribute('aria-controls')!)).toHaveTextContent('原文未写日期。');
    // The district in the path carries the flag too.
    expect(within(card).getByRole('button', { name: '东区' }).parentElement).toHaveTextContent('区县为推断');
  });

  it('shows the name-inferred flag, with its note, where the sentence does not name the lead', () => {
    const data = fixture('small');
    const lead = data.bulletins[0]!.visits.find((v) => v.id === 'visit-f')!.participants[0]!;
    lead.inferred = true;
    lead.note = { zh: '句中未写人名，按上文推断为己。', en: 'The sentence does not name him.' };
    const { card } = renderCard('visit-f', 'zh', data);
    expect(within(card).getByRole('button', { name: /人名为推断/ })).toBeInTheDocument();
    expect(within(card).getByText('句中未写人名，按上文推断为己。', { selector: 'li' })).toBeVisible();
    // The same visit as the fixture has it (the name given): no such flag.
    cleanup();
    const plain = renderCard('visit-f').card;
    expect(within(plain).queryByRole('button', { name: /人名为推断/ })).toBeNull();
  });

  it('gives a supply the colour charts give it, also one the colour tokens do not name', () => {
    const { card, index } = renderCard('visit-c');
    // The colour the charts give each type: among the dataset's supply types.
    const chartColor = (id: string) => colorFor('supply', id, index.facetValues.supply);
    const gloves = within(card).getByRole('button', { name: '手套' });
    expect(gloves).toHaveAttribute('data-supply-color', chartColor('gloves'));
    const mask = within(card).getByRole('button', { name: '医用口罩' });
    expect(mask).toHaveAttribute('data-supply-color', chartColor('mask'));
    expect(chartColor('gloves')).not.toBe(chartColor('mask'));
    expect(within(card).getByText(/做好登记/)).toBeInTheDocument();
  });

  it('filters by a name, a district, a street and a supply, and shows the source of a fact', async () => {
    const user = userEvent.setup();
    const { actions, card } = renderCard('visit-a');
    await user.click(within(card).getByRole('button', { name: '甲' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('person', 'person-a');
    await user.click(within(card).getByRole('button', { name: '东区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'east');
    await user.click(within(card).getByRole('button', { name: '一号街道' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('place', 'street-one');
    await user.click(within(card).getByRole('button', { name: /^口罩/ }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('supply', 'mask');
    await user.click(within(card).getByRole('button', { name: '查看原文：甲到一号社区' }));
    expect(actions.showEvidence).toHaveBeenLastCalledWith({
      bulletinId: 'small-bulletin',
      paragraph: 1,
      quote: '2月3日上午,甲带领乙单位到东区一号街道一号社区,送去口罩800个、酒精。',
    });
    await user.click(within(card).getByRole('button', { name: '查看原文：甲' }));
    expect(actions.showEvidence).toHaveBeenLastCalledWith({
      bulletinId: 'small-bulletin',
      paragraph: 1,
      quote: '甲带领',
    });
  });

  it('is complete in English', () => {
    const { card } = renderCard('visit-a', 'en');
    expect(card).toHaveAccessibleName('A visits Community One');
    expect(within(card).getByText('3 Feb 2020')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Jia' })).toBeInTheDocument();
    expect(within(card).getByText('lead')).toBeInTheDocument();
    expect(within(card).getByText('district head')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'East District' })).toBeInTheDocument();
    // Supplies stay as written, with their type in English.
    expect(within(card).getByRole('button', { name: /^口罩/ })).toHaveTextContent('口罩800 个(Mask)');
  });

  it('says so, in English, where a text has no English yet, and shows the Chinese marked as Chinese', () => {
    const data = fixture('small');
    const visit = data.bulletins[0]!.visits.find((v) => v.id === 'visit-e')!;
    visit.headline = { zh: '戊受丁委托到三号村' };
    const { card } = renderCard('visit-e', 'en', data);
    const heading = within(card).getByRole('heading', { name: '戊受丁委托到三号村' });
    expect(heading).toHaveAttribute('lang', 'zh-CN');
    expect(card).toHaveTextContent('(No English translation yet; the Chinese is shown)');
    expect(within(card).getByRole('button', { name: /Date uncertain/ })).toBeInTheDocument();
    expect(card).toHaveTextContent('Date not stated');
  });

  it('names the source button of a long remark by its first 20 characters, never half of one', () => {
    const data = fixture('small');
    const visit = data.bulletins[0]!.visits.find((v) => v.id === 'visit-c')!;
    // 19 characters, then a thumb with its skin tone: four UTF-16 code units, one character.
    const text = `${'要'.repeat(19)}👍🏽做好登记`;
    visit.remarks = [{ text: { zh: text, en: text }, evidence: visit.remarks[0]!.evidence }];
    const { card } = renderCard('visit-c', 'zh', data);
    const button = within(card).getByRole('button', { name: `查看原文：${'要'.repeat(19)}👍🏽` });
    expect(button.getAttribute('aria-label')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
