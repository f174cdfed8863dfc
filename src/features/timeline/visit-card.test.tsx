import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/select';
import { PageActionsProvider } from '../../lib/page-actions';
import { realDataset } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { VisitCard } from './visit-card';

const index = buildIndex(realDataset());
const row = (id: string) => index.rows.find((r) => r.visit.id.includes(id))!;

function cleanupAnd(render: () => void) {
  cleanup();
  render();
}

function renderCard(id: string, lang: 'zh' | 'en' = 'zh') {
  const actions = { filterBy: vi.fn(), showEvidence: vi.fn(), focused: null };
  renderWithProviders(
    <PageActionsProvider value={actions}>
      <VisitCard row={row(id)} index={index} />
    </PageActionsProvider>,
    { lang },
  );
  return { actions, card: screen.getByRole('article') };
}

describe('VisitCard', () => {
  it('writes every explanation out: the participant notes and the date note, not only behind a badge', () => {
    const { card } = renderCard('su-zhaohu');
    expect(within(card).getByText(/原文没有说刘时贵本人到场/)).toBeVisible();
    cleanupAnd(() => renderCard('chen-youcai'));
    const dateNote = within(screen.getByRole('article')).getAllByText(/缺少月份/);
    expect(dateNote.some((el) => el.tagName === 'LI')).toBe(true);
  });

  it('shows who went, with roles, the place path and the supplies as written', () => {
    const { card } = renderCard('su-zhaohu');
    expect(card).toHaveAccessibleName('市人大教科文卫委帮扶社区疫情防控工作');
    const people = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(people.some((t) => t.startsWith('带队苏兆虎'))).toBe(true);
    expect(people.some((t) => t.startsWith('委托刘时贵'))).toBe(true);
    expect(within(card).getByText('汽车路街道')).toBeInTheDocument();
    expect(within(card).getAllByText('城门外社区')[0]).toBeInTheDocument();
    expect(
      within(card)
        .getAllByRole('button', { name: /医用口罩|酒精|84消毒液/ })
        .map((b) => b.textContent),
    ).toEqual(['医用口罩', '酒精', '84消毒液']);
    expect(within(card).getByText(/原文：2月7日上午/)).toBeInTheDocument();
  });

  it('flags the inferred district and the inferred name, each explained one click away', async () => {
    const user = userEvent.setup();
    renderCard('zhang-liangwen');
    const flag = screen.getAllByRole('button', { name: /区县为推断/ })[0]!;
    await user.click(flag);
    expect(document.getElementById(flag.getAttribute('aria-controls')!)).toBeVisible();
    expect(document.getElementById(flag.getAttribute('aria-controls')!)?.textContent).toMatch(/赫山街道/);
  });

  it('shows the name-inferred flag on the visit whose opening sentence omits the name', () => {
    renderCard('cheng-daofeng');
    expect(screen.getByRole('button', { name: /人名为推断/ })).toBeInTheDocument();
  });

  it('filters by a name, a district and a supply, and shows the source of a fact', async () => {
    const user = userEvent.setup();
    const { actions, card } = renderCard('chen-youcai');
    await user.click(within(card).getByRole('button', { name: '刘松涛' }));
    expect(actions.filterBy).toHaveBeenCalledWith('person', 'liu-songtao');
    await user.click(within(card).getByRole('button', { name: '赫山区' }));
    expect(actions.filterBy).toHaveBeenCalledWith('district', 'heshan');
    await user.click(within(card).getByRole('button', { name: '84消毒液' }));
    expect(actions.filterBy).toHaveBeenCalledWith('supply', 'disinfectant');
    await user.click(within(card).getByRole('button', { name: /^查看原文：陈佑才督导/ }));
    expect(actions.showEvidence).toHaveBeenCalledWith(
      expect.objectContaining({ bulletinId: 'yiyang-npc-2020-02-08', paragraph: 16 }),
    );
  });

  it('is complete in English', () => {
    const { card } = renderCard('chen-youcai', 'en');
    expect(within(card).getByText(/7 Feb 2020/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Chen Youcai' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /Date uncertain/ })).toBeInTheDocument();
    expect(within(card).getByText('lead')).toBeInTheDocument();
  });
});
