/**
 * How the charts look, in one place. Colours per district and supply come from lib/colors (`colorFor`); text,
 * axes and grid are drawn in currentColor, which the figure sets for light and dark (`chartTextClass`):
 * slate-700 on white and slate-200 on slate-900 are both well above 4.5:1.
 */
import { tokens } from '../../../tailwind.config';
import { canvasMeasure, type Measure } from '../../lib/text-metrics';

export const chartTextClass = 'text-slate-700 dark:text-slate-200';
/** Grid lines and the hover band: currentColor, faint. */
export const gridOpacity = 0.18;
export const cursorOpacity = 0.08;
/** Font size of tick labels and value labels, in px (label fitting depends on it). */
export const tickFontSize = 12;

let pageMeasure: Measure | null = null;
/** Text widths in the page's own font (what the labels are drawn in), measured, not estimated. */
export function chartMeasure(): Measure {
  pageMeasure ??= canvasMeasure(tokens.fonts.sans.join(', '));
  return pageMeasure;
}

/** What is interaction in a drawn chart, not content: left out of exported images. */
export const chartChromeSelector =
  '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper';
