import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetQueryOptions } from '../../data/dataset-query';
import { flushDraft, saveDraft } from '../../data/library';
import { emptyStorageAndServedFiles, viewReady } from '../../testing/add-view-setup';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders, testQueryClient } from '../../testing/render';
import { AddBulletinView } from './add-view';

// The autosave's write to IndexedDB is held open, as a slow disk or a busy browser holds it, to see what a reload
// in that moment keeps.
vi.mock('../../data/library', async (original) => ({
  ...(await original<typeof import('../../data/library')>()),
  saveDraft: vi.fn(() => new Promise<void>(() => undefined)),
  flushDraft: vi.fn(),
}));

beforeEach(async () => {
  await emptyStorageAndServedFiles();
});

describe('the add view’s autosave', () => {
  it('flushes what was typed on a reload that comes while the autosave is still writing it', async () => {
    const client = testQueryClient();
    client.setQueryData(datasetQueryOptions().queryKey, fixture('small'));
    renderWithProviders(<AddBulletinView target="new" onClose={vi.fn()} />, { lang: 'zh', client });
    const user = userEvent.setup();
    await viewReady();
    await user.click(screen.getByRole('textbox', { name: '公告全文' }));
    await user.paste('甲标签页正在写的公告');
    // The debounced save starts, and has not finished when the page goes away.
    await waitFor(() =>
      expect(vi.mocked(saveDraft)).toHaveBeenCalledWith(
        expect.objectContaining({ text: '甲标签页正在写的公告' }),
      ),
    );
    window.dispatchEvent(new Event('pagehide'));
    expect(vi.mocked(flushDraft)).toHaveBeenCalledWith(
      expect.objectContaining({ text: '甲标签页正在写的公告' }),
    );
  });
});
