/**
 * The source's "back to the visit" link: made from the link state the page hands it (its query string), without
 * the evidence shown, so that opened in a new tab it shows the same view at the visit. On the small fixture.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { PageActionsProvider } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { SourceView } from './source-view';

const index = buildIndex(fixture('small'));
const bulletin = index.dataset.bulletins[0]!;

describe('the source view', () => {
  it('leads "back to the visit" to the view of the link state, without the evidence', async () => {
    const focused = { bulletinId: bulletin.id, paragraph: 2, quote: '丙要求做好登记' };
    renderWithProviders(
      <PageActionsProvider value={{ filterBy: vi.fn(), showEvidence: vi.fn() }} focused={focused}>
        <SourceView
          index={index}
          bulletinIds={[bulletin.id]}
          search={`?lang=zh&district=west&ev=${bulletin.id}.2.30-37`}
        />
      </PageActionsProvider>,
      { lang: 'zh' },
    );
    expect(await screen.findByRole('link', { name: /返回走访/ })).toHaveAttribute(
      'href',
      '?lang=zh&district=west',
    );
  });
});
