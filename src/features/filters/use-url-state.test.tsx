/**
 * The hooks that hold the page's state in the link: a lenient link is rewritten (history replace) to canonical
 * ids with its refused values named; the evidence shown is in the link (`ev`) and "back to the visit" returns
 * focus to the card. On the small fixture.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UrlUpdateEvent } from './url-store';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import type { EvidenceRef } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { UrlNotices } from './url-notices';
import { useUrlEvidence, useUrlFilters, useUrlLang } from './use-url-state';

const index = buildIndex(fixture('small'));
const bulletin = index.dataset.bulletins[0]!;
const visitC = bulletin.visits.find((v) => v.id === 'visit-c')!;

function Filters() {
  const [lang] = useUrlLang();
  const { filters, notices, setFilters } = useUrlFilters(index);
  return (
    <>
      <p>lang {lang}</p>
      <p>district {filters.district.join(',') || '-'}</p>
      <p>person {filters.person.join(',') || '-'}</p>
      <UrlNotices notices={notices} />
      <button type="button" onClick={() => setFilters({ ...filters, district: [] })}>
        clear districts
      </button>
    </>
  );
}

describe('useUrlFilters', () => {
  it('reads names and other cases, and rewrites the link to ids in place', async () => {
    const onUrlUpdate = vi.fn<(e: UrlUpdateEvent) => void>();
    renderWithProviders(<Filters />, {
      searchParams: '?district=东区&person=JIA&lang=EN',
      onUrlUpdate,
      lang: 'zh',
    });
    expect(screen.getByText('lang en')).toBeInTheDocument();
    expect(screen.getByText('district east')).toBeInTheDocument();
    expect(screen.getByText('person person-a')).toBeInTheDocument();
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalled());
    const update = onUrlUpdate.mock.calls.at(-1)![0];
    expect(update.options.history).toBe('replace');
    expect(Object.fromEntries(update.searchParams)).toEqual({
      district: 'east',
      person: 'person-a',
      lang: 'en',
    });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('takes refused values out of the link and keeps naming them until the filters change', async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn<(e: UrlUpdateEvent) => void>();
    const many = Array.from({ length: 1000 }, (_, i) => `nowhere-${i}`).join(',');
    renderWithProviders(<Filters />, { searchParams: `?district=${many},东区`, onUrlUpdate, lang: 'zh' });
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalled());
    expect(Object.fromEntries(onUrlUpdate.mock.calls.at(-1)![0].searchParams)).toEqual({ district: 'east' });
    // The link is canonical now; the notice stays, bounded.
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      '已忽略未知的区县：nowhere-0、nowhere-1、nowhere-2、nowhere-3、nowhere-4，另有 995 项未列出',
    );
    expect(note.textContent!.length).toBeLessThan(200);
    await user.click(screen.getByRole('button', { name: 'clear districts' }));
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });
});

function Evidence() {
  const { focused, showEvidence, backFromEvidence, search } = useUrlEvidence(index);
  const ref: EvidenceRef = { bulletinId: bulletin.id, paragraph: 2, quote: '丙要求做好登记' };
  return (
    <>
      <article aria-labelledby="h-c">
        <header>
          <h3 id="h-c">{visitC.headline.zh}</h3>
          <button type="button" onClick={() => showEvidence(ref)}>
            ¶
          </button>
        </header>
      </article>
      <p>shown {focused ? `${focused.paragraph}:${focused.quote}` : '-'}</p>
      <button type="button" onClick={backFromEvidence}>
        back
      </button>
      <p>search {search}</p>
      <h2 id="timeline-title" tabIndex={-1}>
        timeline
      </h2>
    </>
  );
}

describe('useUrlEvidence', () => {
  it('puts the evidence shown in the link, as a history entry', async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn<(e: UrlUpdateEvent) => void>();
    renderWithProviders(<Evidence />, { onUrlUpdate, lang: 'zh' });
    expect(screen.getByText('shown -')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '¶' }));
    expect(await screen.findByText('shown 2:丙要求做好登记')).toBeInTheDocument();
    const update = onUrlUpdate.mock.calls.at(-1)![0];
    expect(update.searchParams.get('ev')).toBe(`${bulletin.id}.2.30-37`);
    expect(update.options.history).toBe('push');
  });

  it('gives the link state as it stands, the evidence with it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Evidence />, { searchParams: '?lang=en&district=west' });
    expect(screen.getByText('search ?lang=en&district=west')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '¶' }));
    expect(await screen.findByText('shown 2:丙要求做好登记')).toBeInTheDocument();
    expect(screen.getByText(/^search \?lang=en&district=west&ev=/)).toBeInTheDocument();
  });

  it('opens a shared link on its sentence, and "back" returns focus to the card of its visit', async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn<(e: UrlUpdateEvent) => void>();
    renderWithProviders(<Evidence />, {
      searchParams: `?ev=${bulletin.id.toUpperCase()}.2.30-37`,
      onUrlUpdate,
    });
    expect(screen.getByText('shown 2:丙要求做好登记')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'back' }));
    expect(await screen.findByText('shown -')).toBeInTheDocument();
    expect(onUrlUpdate.mock.calls.at(-1)![0].options.history).toBe('replace');
    await waitFor(() => expect(screen.getByRole('button', { name: '¶' })).toHaveFocus());
  });
});
