/**
 * A ¶ click changes the evidence in focus; only what shows it re-renders. The cards and figures that can filter
 * or show evidence read the stable actions, which do not change, so they do not render again.
 */
import { act, render, screen } from '@testing-library/react';
import { Profiler, useMemo, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../data/parse-dataset';
import { emptyFilters, selectView } from '../data/select';
import { buildIndex } from '../data/index-builder';
import { Timeline } from '../features/timeline/timeline';
import { I18nProvider } from '../i18n/i18n';
import {
  PageActionsProvider,
  useFocusedEvidence,
  usePageActions,
  type EvidenceRef,
  type PageActions,
} from '../lib/page-actions';
import { fixture } from '../testing/fixtures';

const index = buildIndex(validateDataset(fixture('small')));
const rows = selectView(index, emptyFilters).rows;

/** Reads the actions, as every card and figure does. */
function UsesActions({ onRender }: { onRender: () => void }) {
  usePageActions();
  onRender();
  return null;
}

function ShowsFocus({ onRender }: { onRender: () => void }) {
  const focused = useFocusedEvidence();
  onRender();
  return <p>{focused ? `shown ${focused.paragraph}` : 'shown -'}</p>;
}

function Page({ cardsRendered, focusRendered }: { cardsRendered: () => void; focusRendered: () => void }) {
  const [focused, setFocused] = useState<EvidenceRef | null>(null);
  const actions = useMemo<PageActions>(() => ({ filterBy: vi.fn(), showEvidence: setFocused }), []);
  // As in the app: the timeline element does not change when only the focused evidence does.
  const timeline = useMemo<ReactNode>(
    () => (
      <Profiler id="timeline" onRender={cardsRendered}>
        <Timeline index={index} rows={rows} />
        <UsesActions onRender={cardsRendered} />
      </Profiler>
    ),
    [cardsRendered],
  );
  return (
    <I18nProvider lang="zh">
      <PageActionsProvider value={actions} focused={focused}>
        {timeline}
        <ShowsFocus onRender={focusRendered} />
      </PageActionsProvider>
    </I18nProvider>
  );
}

describe('page actions', () => {
  it('re-render only what shows the evidence in focus when a ¶ is pressed', () => {
    const cardsRendered = vi.fn();
    const focusRendered = vi.fn();
    render(<Page cardsRendered={cardsRendered} focusRendered={focusRendered} />);
    expect(screen.getAllByRole('article')).toHaveLength(rows.length);
    const cardsBefore = cardsRendered.mock.calls.length;
    const focusBefore = focusRendered.mock.calls.length;
    act(() => screen.getAllByRole('button', { name: /^查看原文/ })[0]!.click());
    expect(screen.getByText(/^shown \d/)).toBeInTheDocument();
    expect(focusRendered.mock.calls.length).toBeGreaterThan(focusBefore);
    expect(cardsRendered.mock.calls.length).toBe(cardsBefore);
  });
});
