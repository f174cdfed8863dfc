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

/** The message shown for a failed export: what happened and what to do instead. */
export function exportErrorMessage(error: unknown, t: T): string {
  if (!(error instanceof ExportError)) {
    return t('export.failed', { reason: error instanceof Error ? error.message : String(error) });
  }
  switch (error.code) {
    case 'noChart':
      return t('export.noChart');
    case 'tooLarge':
      return t('export.tooLarge');
    case 'font':
      return t('export.fontFailed', { reason: error.detail });
    case 'canvas':
      return t('export.canvasFailed', { reason: error.detail });
    case 'clipboard':
      return t('export.clipboardDenied');
    case 'empty':
      return t('export.emptyView');
    case 'invalid':
      return t('export.invalid', { reason: error.detail });
  }
}
