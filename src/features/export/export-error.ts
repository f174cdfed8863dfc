/** Why an export could not be made, and what the page says about it. Small: the buttons import it up front. */
import type { T } from '../../i18n/i18n';

export type ExportErrorCode =
  /** The chart has no drawing yet (still measuring, or nothing to draw). */
  | 'noChart'
  /** The canvas for the chosen scale is larger than the browser can make. */
  | 'tooLarge'
  /** A font file for the image could not be fetched. */
  | 'font'
  /** The browser could not draw or encode the image. */
  | 'canvas'
  /** The clipboard refused the image. */
  | 'clipboard'
  /** No visit is in view: there is no data to export. */
  | 'empty'
  /** The data in view did not validate as a dataset (a bug; the file is not written). */
  | 'invalid';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ExportError';
  }
}

/** What the page says for each reason, with the error's detail where it has one. */
const messages: Record<ExportErrorCode, (t: T, reason: string) => string> = {
  noChart: (t) => t('export.noChart'),
  tooLarge: (t) => t('export.tooLarge'),
  font: (t, reason) => t('export.fontFailed', { reason }),
  canvas: (t, reason) => t('export.canvasFailed', { reason }),
  clipboard: (t) => t('export.clipboardDenied'),
  empty: (t) => t('export.emptyView'),
  invalid: (t, reason) => t('export.invalid', { reason }),
};

/** The message shown for a failed export: what happened and what to do instead. */
export function exportErrorMessage(error: unknown, t: T): string {
  if (error instanceof ExportError) return messages[error.code](t, error.detail);
  return t('export.failed', { reason: error instanceof Error ? error.message : String(error) });
}
