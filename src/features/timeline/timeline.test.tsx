/**
 * The timeline across renders of the page around it: it showed a change at once, and when the page renders again
 * (its map and charts catching up with the same view) its cards are not drawn again.
 */
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { emptyFilters, selectView } from '../../data/select';
import { PageActionsProvider } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { Timeline } from './timeline';

const drawn = vi.hoisted(() => ({ cards: 0 }));
vi.mock('./visit-card', async (importOriginal) => {
  const card = await importOriginal<typeof import('./visit-card')>();
  return {
    ...card,
    VisitCard: (props: Parameters<typeof card.VisitCard>[0]) => {
      drawn.cards += 1;
      return card.VisitCard(props);
    },
  };
});

describe('Timeline', () => {
  it('keeps its cards when the page renders again with the same view', async () => {
    const index = buildIndex(fixture('small'));
    const view = selectView(index, emptyFilters);
    const actions = { filterBy: vi.fn(), showEvidence: vi.fn() };
    let renderAgain = () => {};
    function Page() {
      const [n, setN] = useState(0);
      renderAgain = () => setN(n + 1);
      return (
        <PageActionsProvider value={actions}>
          <p>{n}</p>
          <Timeline index={index} rows={view.rows} />
        </PageActionsProvider>
      );
    }
    renderWithProviders(<Page />, { lang: 'zh' });
    expect(screen.getAllByRole('article')).toHaveLength(view.rows.length);
    const first = drawn.cards;
    expect(first).toBeGreaterThan(0);
    act(() => renderAgain());
    expect(screen.getByText('1')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(view.rows.length);
    expect(drawn.cards).toBe(first);
  });
});
