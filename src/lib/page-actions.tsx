/**
 * What any part of the page can ask of the page: filter by a value (a bar, a name, a place) and show the
 * sentence a fact came from. Features call these through context, so they need not know each other.
 *
 * Two contexts: the actions, which never change (so a ¶ click or a filter change does not re-render every card
 * and figure that can filter), and the evidence in focus, which only the parts that show it read.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { DateRange, FacetKey } from './filters';

export type EvidenceRef = { bulletinId: string; paragraph: number; quote: string };

export type PageActions = {
  /**
   * Filters by a value; `toggle` clears it when it is already filtered by (a second click on a district of the
   * map, as its checkbox in the filter bar would), `add` (the default) leaves it.
   */
  filterBy: (key: FacetKey, id: string, how?: 'add' | 'toggle') => void;
  /** Sets the date range (a period of the time figure); optional where a page has no date filter. */
  filterDates?: (range: DateRange) => void;
  /** Scrolls the source to the sentence a fact came from and marks it; null clears the mark. */
  showEvidence: (ref: EvidenceRef | null) => void;
  /**
   * Leaves the sentence for the card it was asked from, focused (the source's "back to the visit" link); the
   * same as the browser's Back after a ¶. Optional: without it, the link only clears the mark.
   */
  backFromEvidence?: () => void;
};

const PageActionsContext = createContext<PageActions | null>(null);
const FocusedEvidenceContext = createContext<EvidenceRef | null>(null);

export function PageActionsProvider({
  value,
  focused = null,
  children,
}: {
  value: PageActions;
  focused?: EvidenceRef | null;
  children: ReactNode;
}) {
  return (
    <PageActionsContext.Provider value={value}>
      <FocusedEvidenceContext.Provider value={focused}>{children}</FocusedEvidenceContext.Provider>
    </PageActionsContext.Provider>
  );
}

export function usePageActions(): PageActions {
  const value = useContext(PageActionsContext);
  if (!value) throw new Error('usePageActions needs a <PageActionsProvider> above it');
  return value;
}

/** The sentence in focus (after a ¶ click), for the parts that mark it. */
export function useFocusedEvidence(): EvidenceRef | null {
  return useContext(FocusedEvidenceContext);
}

/** The DOM id of a bulletin paragraph in the source view (what "show in source" scrolls to). */
export const paragraphDomId = (bulletinId: string, paragraph: number) => `src-${bulletinId}-p${paragraph}`;
