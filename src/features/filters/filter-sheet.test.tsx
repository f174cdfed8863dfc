/**
 * The phone sheet (finish issue 12.5), chip focus (12.7) and the place tree (12.9), on the small fixture:
 * 东区 ×3 (一号街道 › 一号社区, 二号社区; 三号村), 西区 ×1 (四号社区).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { fixture, small } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ActiveFilters } from './active-filters';
import { FilterBar, placeTree } from './filter-bar';

const index = buildIndex(fixture('small'));

function Harness({ initial = emptyFilters }: { initial?: Filters }) {
  const [filters, setFilters] = useState(initial);
  const view = useMemo(() => selectView(index, filters), [filters]);
  return (
    <>
      <aside>
        <FilterBar index={index} view={view} filters={filters} onChange={setFilters} />
      </aside>
      <main>
        <p role="status">
          显示 {view.rows.length} / {view.total} 次走访
        </p>
        <ActiveFilters index={index} filters={filters} onChange={setFilters} />
        <h2 id="timeline-title" tabIndex={-1}>
          走访时间线
        </h2>
      </main>
    </>
  );
}

describe('on a phone the filters open as a sheet', () => {
  const original = window.matchMedia;
  beforeEach(() => {
    // A phone: the page's narrow-screen query matches.
    window.matchMedia = ((query: string) => ({
      ...original(query),
      matches: query.includes('max-width'),
    })) as typeof window.matchMedia;
    // jsdom has no modal dialogs: open and close set the attribute, as the browser does.
    HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    HTMLDialogElement.prototype.close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
  });
  afterEach(() => {
    window.matchMedia = original;
  });

  it('opens a modal dialog whose button counts the visits the choices give and closes onto the results', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { lang: 'zh' });
    expect(screen.queryByRole('dialog')).toBeNull();
    const opener = screen.getByRole('button', { name: '显示筛选' });
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    await user.click(opener);
    // The sheet's code loads on its first opening.
    const sheet = await screen.findByRole('dialog', { name: '筛选' });
    expect(HTMLDialogElement.prototype.showModal).toHaveBeenCalledTimes(1);
    expect(opener).toHaveAttribute('aria-expanded', 'true');

    const show = within(sheet).getByRole('button', { name: `显示 ${small.visits} 次走访` });
    await user.click(within(sheet).getByRole('checkbox', { name: /^西区/ }));
    expect(show).toHaveAccessibleName(`显示 ${small.districts.west} 次走访`);
    await user.click(within(sheet).getByRole('checkbox', { name: /^东区/ }));
    expect(show).toHaveAccessibleName(`显示 ${small.visits} 次走访`);
    await user.click(within(sheet).getByRole('checkbox', { name: /^东区/ }));

    await user.click(show);
    expect(HTMLDialogElement.prototype.close).toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: '走访时间线' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      `显示 ${small.districts.west} / ${small.visits} 次走访`,
    );
  });

  it('has a close button, and speaks English', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Show filters' }));
    const sheet = await screen.findByRole('dialog', { name: 'Filters' });
    await user.click(within(sheet).getByRole('checkbox', { name: /^West District/ }));
    expect(within(sheet).getByRole('button', { name: 'Show 1 visit' })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: 'Close filters' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('removing a chip keeps focus on the chips', () => {
  const initial: Filters = { ...emptyFilters, district: ['east', 'west'], supply: ['mask'] };

  it('goes to the next chip, then the previous, then the filters heading', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={initial} />, { lang: 'zh' });
    const chips = () =>
      within(screen.getByRole('group', { name: '当前筛选' }))
        .queryAllByRole('button')
        .map((b) => b.getAttribute('aria-label'));
    expect(chips()).toEqual(['移除筛选：东区', '移除筛选：西区', '移除筛选：口罩']);

    // A click on the first: the next takes focus.
    await user.click(screen.getByRole('button', { name: '移除筛选：东区' }));
    expect(screen.getByRole('button', { name: '移除筛选：西区' })).toHaveFocus();
    // Enter on the last: the previous.
    screen.getByRole('button', { name: '移除筛选：口罩' }).focus();
    await user.keyboard('{Enter}');
    expect(chips()).toEqual(['移除筛选：西区']);
    expect(screen.getByRole('button', { name: '移除筛选：西区' })).toHaveFocus();
    // Space on the only one: the filters heading.
    await user.keyboard(' ');
    expect(chips()).toEqual([]);
    expect(screen.getByRole('heading', { name: '筛选' })).toHaveFocus();
  });

  it('says which facet a chip filters, as words: "District: East District"', () => {
    renderWithProviders(<Harness initial={initial} />, { lang: 'en' });
    expect(screen.getByRole('button', { name: 'Remove filter: East District' })).toHaveTextContent(
      'District: East District×',
    );
    expect(screen.getByRole('button', { name: 'Remove filter: Mask' })).toHaveTextContent('Supply: Mask×');
  });
});

describe('the place filter is a tree', () => {
  it('nests street › community under its district, with counts, and says how it differs from the figure', () => {
    renderWithProviders(<Harness />, { lang: 'zh' });
    const places = screen.getByRole('group', { name: '地点' });
    expect(places).toHaveAccessibleDescription(/只计走访和视察到的地点；这里还列出它们所在的街道/);
    const street = within(places).getByRole('checkbox', { name: /^一号街道 2$/ });
    const streetItem = street.closest('li')!;
    // Its communities sit in a list inside the street's item, the street inside 东区's.
    expect(
      within(streetItem)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['一号街道 2', '一号社区 1', '二号社区 1']);
    const district = streetItem.parentElement!.closest('li')!;
    expect(district.firstElementChild).toHaveTextContent(/^东区$/);
    // A district is a heading here, not a second 东区 checkbox (that one is in the 区县 fieldset).
    expect(screen.getAllByRole('checkbox', { name: /^东区/ })).toHaveLength(1);
  });

  it('hangs each value under its nearest ancestor among the values, and survives a parent cycle', () => {
    expect(placeTree(index, index.facetValues.place)).toEqual([
      {
        id: 'east',
        value: false,
        children: [
          {
            id: 'street-one',
            value: true,
            children: [
              { id: 'community-one', value: true, children: [] },
              { id: 'community-two', value: true, children: [] },
            ],
          },
          { id: 'village-three', value: true, children: [] },
        ],
      },
      { id: 'west', value: false, children: [{ id: 'community-four', value: true, children: [] }] },
    ]);
    const cyclic = buildIndex(fixture('small'));
    cyclic.places.set('street-one', { ...cyclic.places.get('street-one')!, parentId: 'community-one' });
    const tree = placeTree(cyclic, ['street-one', 'community-one']);
    expect(JSON.stringify(tree).match(/"id"/g)).toHaveLength(2);
  });
});

it('the sheet is not used from the laptop layout up', () => {
  renderWithProviders(<Harness />, { lang: 'zh' });
  expect(screen.queryByRole('button', { name: '显示筛选' })).toBeNull();
  expect(screen.getByRole('checkbox', { name: /^西区/ })).toBeVisible();
});
