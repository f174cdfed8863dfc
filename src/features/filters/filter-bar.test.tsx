import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { fixture, small } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ActiveFilters } from './active-filters';
import DateFieldset from './date-range';
import { FilterBar, visibleValues } from './filter-bar';

/** The small fixture: 东区 ×3, 西区 ×1; 丁 only entrusted 戊. */
const index = buildIndex(fixture('small'));

function Harness({ initial = emptyFilters, dates = false }: { initial?: Filters; dates?: boolean }) {
  const [filters, setFilters] = useState(initial);
  const view = useMemo(() => selectView(index, filters), [filters]);
  return (
    <>
      <p>shown {view.rows.length}</p>
      {dates && <DateFieldset index={index} view={view} filters={filters} onChange={setFilters} />}
      <FilterBar index={index} view={view} filters={filters} onChange={setFilters} />
      <ActiveFilters index={index} filters={filters} onChange={setFilters} />
    </>
  );
}

describe('FilterBar', () => {
  it('filters by a date range, leaves out and counts the visits with no date, and clears it by its chip', async () => {
    const user = userEvent.setup();
    // The fieldset itself (the filter bar loads it after the first paint), beside a facet and the chips.
    renderWithProviders(<Harness dates />, { lang: 'zh' });
    const dates = within(screen.getByRole('group', { name: '日期' }));
    // The small fixture: 2月3日 ×2, 2月5日 ×1, and one visit whose text gives no date.
    expect(screen.getByRole('group', { name: '日期' })).toHaveAccessibleDescription(
      /原文未写日期的走访不属于任何日期范围。 其中 1 次走访原文未写日期。/,
    );
    fireEvent.change(dates.getByLabelText('从'), { target: { value: '2020-02-04' } });
    expect(screen.getByText('shown 1')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '日期' })).toHaveAccessibleDescription(
      /另有 1 次走访原文未写日期，不在所选日期范围内。/,
    );
    // The other facets count within the range.
    expect(screen.getByRole('checkbox', { name: /^东区/ }).closest('label')).toHaveTextContent('东区 0');
    fireEvent.change(dates.getByLabelText('到'), { target: { value: '2020-02-03' } });
    // An end before the start: the start follows it.
    expect(dates.getByLabelText('从')).toHaveValue('2020-02-03');
    expect(screen.getByText('shown 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '移除筛选：2020年2月3日' }));
    expect(screen.getByText(`shown ${small.visits}`)).toBeInTheDocument();
    expect(dates.getByLabelText('从')).toHaveValue('');
  });

  it('has a fieldset per facet, checkboxes named by their value first, with counts', () => {
    renderWithProviders(<Harness />, { lang: 'zh' });
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
      expect.arrayContaining(['区县', '地点', '人员', '物资']),
    );
    const districts = within(screen.getByRole('group', { name: '区县' })).getAllByRole('checkbox');
    expect(districts.map((c) => c.closest('label')?.textContent)).toEqual([
      `东区 ${small.districts.east}`,
      `西区 ${small.districts.west}`,
    ]);
    // Supplies by type, whichever way the text writes them (口罩 and 医用口罩 are one type).
    const supplies = within(screen.getByRole('group', { name: '物资' })).getAllByRole('checkbox');
    expect(supplies.map((c) => c.closest('label')?.textContent)).toEqual([
      `口罩 ${small.supplies.mask}`,
      `酒精 ${small.supplies.alcohol}`,
      `手套 ${small.supplies.gloves}`,
    ]);
    // One who only entrusted someone is listed with that role.
    expect(screen.getByRole('checkbox', { name: /^丁（委托）/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^甲（带队）/ })).toBeInTheDocument();
    // No bulletin filter while the dataset has only one bulletin.
    expect(screen.queryByRole('group', { name: '公告' })).toBeNull();
  });

  it('filters, updates the other counts, shows chips that remove themselves, and clears all', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { lang: 'zh' });
    expect(screen.getByText(`shown ${small.visits}`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^西区/ }));
    expect(screen.getByText(`shown ${small.districts.west}`)).toBeInTheDocument();
    const supplies = within(screen.getByRole('group', { name: '物资' }));
    expect(supplies.getByRole('checkbox', { name: /^酒精/ }).closest('label')).toHaveTextContent('酒精 1');
    // A value that would give nothing is still listed, with 0.
    expect(supplies.getByRole('checkbox', { name: /^口罩/ }).closest('label')).toHaveTextContent(/0（无）$/);
    expect(screen.getByRole('checkbox', { name: /^甲/ }).closest('label')).toHaveTextContent(/0（无）$/);

    await user.click(screen.getByRole('checkbox', { name: /^己/ }));
    expect(screen.getByText('shown 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '移除筛选：西区' }));
    // Only 己's filter is left: still his one visit.
    expect(screen.getByText('shown 1')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^西区/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^己/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(screen.getByText(`shown ${small.visits}`)).toBeInTheDocument();
    expect(screen.getByText('未筛选：显示全部')).toBeInTheDocument();
  });

  it('finds the visit made for one who only entrusted, by that person', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { lang: 'zh' });
    await user.click(screen.getByRole('checkbox', { name: /^丁/ }));
    expect(screen.getByText('shown 1')).toBeInTheDocument();
    // The other facets count within 丁's visit: it went to 东区 with masks.
    const districts = within(screen.getByRole('group', { name: '区县' }));
    expect(districts.getByRole('checkbox', { name: /^东区/ }).closest('label')).toHaveTextContent(/1$/);
    expect(districts.getByRole('checkbox', { name: /^西区/ }).closest('label')).toHaveTextContent(/0（无）$/);
    const supplies = within(screen.getByRole('group', { name: '物资' }));
    expect(supplies.getByRole('checkbox', { name: /^口罩/ }).closest('label')).toHaveTextContent(/1$/);
    expect(supplies.getByRole('checkbox', { name: /^酒精/ }).closest('label')).toHaveTextContent(/0（无）$/);
    // People are alternatives: 丙 would still add his own visit.
    expect(screen.getByRole('checkbox', { name: /^丙/ }).closest('label')).toHaveTextContent(/1$/);
  });

  it('speaks English', () => {
    renderWithProviders(<Harness />, { lang: 'en' });
    expect(screen.getByRole('group', { name: 'People' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Ding \(entrusted by\)/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^East District/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeDisabled();
  });
});

describe('a long facet', () => {
  const all = Array.from({ length: 100 }, (_, i) => `p-${i}`);
  const counts = new Map(all.map((id, i) => [id, i % 7]));
  const label = (id: string) => `Person ${id.slice(2)}`;

  it('lists the checked values first, then the values giving most visits, at most 30', () => {
    const shown = visibleValues(all, ['p-3'], counts, '', label);
    expect(shown).toHaveLength(30);
    expect(shown[0]).toBe('p-3');
    expect(counts.get(shown[1]!)).toBe(6);
  });

  it('finds any value by searching its name', () => {
    expect(visibleValues(all, [], counts, 'person 42', label)).toEqual(['p-42']);
  });

  it('picks the same values, in the same order, as sorting them all by visits (ties in the facet order)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5), { minLength: 0, maxLength: 120 }),
        fc.array(fc.nat(130), { maxLength: 40 }),
        (visits, checkedAt) => {
          const ids = visits.map((_, i) => `p-${i}`);
          const byId = new Map(ids.map((id, i) => [id, visits[i] ?? 0]));
          const checked = [...new Set(checkedAt.map((i) => `p-${i}`))];
          const rest = ids
            .filter((id) => !checked.includes(id))
            .sort((a, b) => (byId.get(b) ?? 0) - (byId.get(a) ?? 0));
          const expected = [...checked.filter((id) => ids.includes(id)), ...rest].slice(
            0,
            Math.max(30, checked.length),
          );
          expect(visibleValues(ids, checked, byId, '', label)).toEqual(expected);
        },
      ),
    );
  });
});
