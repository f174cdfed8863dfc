/**
 * What any part of the page can ask of the page: filter by a value (a bar, a name, a place) and show the
 * sentence a fact came from. Features call these through context, so they need not know each other.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { FacetKey } from '../data/select';

export type EvidenceRef = { bulletinId: string; paragraph: number; quote: string };

export type PageActions = {
  filterBy: (key: FacetKey, id: string) => void;
  /** Scrolls the source to the sentence a fact came from and marks it; null clears the mark. */
  showEvidence: (ref: EvidenceRef | null) => void;
  focused: EvidenceRef | null;
};

const PageActionsContext = createContext<PageActions | null>(null);

export function PageActionsProvider({ value, children }: { value: PageActions; children: ReactNode }) {
  return <PageActionsContext.Provider value={value}>{children}</PageActionsContext.Provider>;
}

export function usePageActions(): PageActions {
  const value = useContext(PageActionsContext);
  if (!value) throw new Error('usePageActions needs a <PageActionsProvider> above it');
  return value;
}

/** The DOM id of a bulletin paragraph in the source view (what "show in source" scrolls to). */
export const paragraphDomId = (bulletinId: string, paragraph: number) => `src-${bulletinId}-p${paragraph}`;
