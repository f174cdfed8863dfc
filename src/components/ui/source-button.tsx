/**
 * "Show in source": the one button that takes any fact (a card's participant, a chart row) to the sentence it
 * came from. Its name says what it shows the source of; its tooltip is the quote.
 */
import { useI18n } from '../../i18n/i18n';
import type { EvidenceRef } from '../../lib/page-actions';
import { usePageActions } from '../../lib/page-actions';
import { Button } from './button';

export function SourceButton({
  evidence,
  what,
  compact = false,
  className = '',
}: {
  evidence: EvidenceRef;
  /** What the fact is about, for the button's name: "查看原文：谭喜华". */
  what: string;
  /** ¶ instead of the word, for places where many sit in a row. */
  compact?: boolean;
  className?: string;
}) {
  const { t } = useI18n();
  const { showEvidence } = usePageActions();
  return (
    <Button
      size="xs"
      className={`no-print shrink-0 whitespace-nowrap ${compact ? '' : 'py-0.5'} ${className}`}
      aria-label={t('source.of', { what })}
      title={evidence.quote}
      onClick={() => showEvidence(evidence)}
    >
      {compact ? '¶' : t('source.show')}
    </Button>
  );
}
