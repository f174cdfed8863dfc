import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildIndex, emptyFilters, selectView, type Filters } from '../../data/select';
import { realDataset } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ActiveFilters } from './active-filters';
import { FilterBar, visibleValues } from './filter-bar';

const index = buildIndex(realDataset());

function Harness({ initial = emptyFilters }: { initial?: Filters }) {
  const [filters, setFilters] = useState(initial);
  const view = useMemo(() => selectView(index, filters), [filters]);
  return (
    <>
      <p>shown {view.rows.length}</p>
      <FilterBar index={index} view={view} filters={filters} onChange={setFilters} />
      <ActiveFilters index={index} filters={filters} onChange={setFilters} />
    </>
  );
}

describe('FilterBar', () => {
  it('has the three fieldsets of the contract, checkboxes named by their value first, with counts', () => {
    renderWithProviders(<Harness />, { lang: 'zh' });
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
      expect.arrayContaining(['区县', '人员', '物资']),
    );
    const districts = within(screen.getByRole('group', { name: '区县' })).getAllByRole('checkbox');
    expect(districts.map((c) => c.closest('label')?.textContent)).toEqual(['赫山区 4', '资阳区 2']);
    expect(screen.getByRole('checkbox', { name: /^刘时贵（委托）/ })).toBeInTheDocument();
    // No bulletin filter while the dataset has only one bulletin.
    expect(screen.queryByRole('group', { name: '公告' })).toBeNull();
  });

  it('filters, updates the other counts, shows chips that remove themselves, and clears all', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { lang: 'zh' });
    await user.click(screen.getByRole('checkbox', { name: /^资阳区/ }));
    expect(screen.getByText('shown 2')).toBeInTheDocument();
    const supplies = within(screen.getByRole('group', { name: '物资' }));
    expect(supplies.getByRole('checkbox', { name: /^口罩/ }).closest('label')).toHaveTextContent('口罩 2');
    // A value that would give nothing is still listed, with 0.
    expect(screen.getByRole('checkbox', { name: /^谭喜华/ }).closest('label')).toHaveTextContent(/0（无）$/);

    await user.click(screen.getByRole('checkbox', { name: /^苏兆虎/ }));
    expect(screen.getByText('shown 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '移除筛选：资阳区' }));
    expect(screen.getByText('shown 1')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^资阳区/ })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(screen.getByText('shown 6')).toBeInTheDocument();
    expect(screen.getByText('未筛选：显示全部')).toBeInTheDocument();
  });

  it('speaks English', () => {
    renderWithProviders(<Harness />, { lang: 'en' });
    expect(screen.getByRole('group', { name: 'People' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Liu Shigui \(entrusted by\)/ })).toBeInTheDocument();
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
});
