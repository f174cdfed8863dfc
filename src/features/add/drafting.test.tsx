/**
 * 起草 as a user meets it: a blank text and one over the size limit are refused in words with the text kept, a
 * draft under way says its step and stops on 取消 (its worker terminated), and a long or emoji-laden id from the
 * link makes a short heading. jsdom has no Worker: a stand-in takes its place where the worker matters, and
 * elsewhere the client drafts on this thread, as it does wherever workers are missing.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetQueryOptions } from '../../data/dataset-query';
import type { DraftReply, DraftRequest } from '../../draft/draft-worker';
import { fixture } from '../../testing/fixtures';
import { emptyStorageAndServedFiles, viewReady } from '../../testing/add-view-setup';
import { renderWithProviders, testQueryClient } from '../../testing/render';
import { AddBulletinView } from './add-view';

const TEXT = readFileSync(resolve(process.cwd(), 'e2e/fixtures/anhua-bulletin.txt'), 'utf8');

function setup(target = 'new') {
  const client = testQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, fixture('small'));
  const user = userEvent.setup();
  renderWithProviders(<AddBulletinView target={target} onClose={() => undefined} />, { lang: 'zh', client });
  return { user };
}

/** A worker that answers only when the test says so; every one made is kept. */
class StandInWorker {
  static made: StandInWorker[] = [];
  requests: DraftRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<DraftReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(readonly url: URL | string) {
    StandInWorker.made.push(this);
  }
  postMessage(request: DraftRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: DraftReply) {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<DraftReply>);
  }
}

const textBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: '公告全文' });
/** Puts `text` in the text box at once, as a paste does (typing 2 MB key by key would take minutes). */
async function paste(text: string) {
  fireEvent.change(textBox(), { target: { value: text } });
  // 起草 waits for the view to have read what storage holds.
  await waitFor(() => expect(screen.getByRole('button', { name: '起草' })).toBeEnabled());
}

beforeEach(async () => {
  await emptyStorageAndServedFiles();
  StandInWorker.made = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('drafting in the add view', () => {
  it('says a blank text is blank, not "press Draft"', async () => {
    const { user } = setup();
    await viewReady();
    await user.click(textBox());
    await user.keyboard('   {Enter}\t{Enter}　');
    expect(textBox().value).not.toBe('');
    expect(screen.getByText(/文本框里只有空白（空格、换行），没有可起草的文字/)).toBeInTheDocument();
    expect(screen.queryByText('请先点“起草”。')).not.toBeInTheDocument();
    expect(screen.getByText('请先粘贴公告全文，再点“起草”。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '起草' })).toBeDisabled();
    // The limit is said in words beside the box.
    expect(textBox()).toHaveAccessibleDescription(/一次最多起草 2 MB 的文字（约 66 万个汉字）/);
  });

  it('refuses a text over 2 MB with its size and the limit, and keeps the text', async () => {
    const { user } = setup();
    const large = `${TEXT}\n${'走访慰问困难群众。'.repeat(80_000)}`; // 2.16 MB
    await paste(large);
    await user.click(screen.getByRole('button', { name: '起草' }));
    expect(
      await screen.findByText(/^全文有 2\.2 MB，超过了一次起草的上限 2 MB，没有起草。.*全文仍在文本框中。$/),
    ).toBeInTheDocument();
    expect(textBox().value).toBe(large);
    expect(screen.queryByRole('region', { name: /^原文/ })).not.toBeInTheDocument();
    // Nothing beside it says to press 起草 again.
    expect(screen.queryByText('请先点“起草”。')).not.toBeInTheDocument();
  });

  it('drafts in a worker, saying its step; 取消 terminates it and leaves the text as it was', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const { user } = setup();
    await paste(TEXT);
    await user.click(screen.getByRole('button', { name: '起草' }));
    expect(await screen.findByText('第 1/3 步：加载起草规则…')).toBeInTheDocument();
    await waitFor(() => expect(StandInWorker.made).toHaveLength(1));
    const worker = StandInWorker.made[0]!;
    expect(String(worker.url)).toMatch(/draft-worker/);
    expect(worker.requests[0]).toMatchObject({ type: 'draft', text: TEXT });
    // The place lists, from the page's folder (an absolute URL: the worker's own is elsewhere).
    expect(worker.requests[0]!.gazetteer).toMatch(/^http.*\/gazetteer\/$/);
    worker.reply({ type: 'progress', progress: { stage: 'places' } });
    expect(await screen.findByText('第 2/3 步：加载地名表…')).toBeInTheDocument();
    worker.reply({ type: 'progress', progress: { stage: 'places', done: 2, total: 5 } });
    expect(await screen.findByText('第 2/3 步：加载地名表（2/5）…')).toBeInTheDocument();
    worker.reply({ type: 'progress', progress: { stage: 'reading' } });
    expect(await screen.findByText('第 3/3 步：阅读全文（486 B）…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '正在起草…' })).toBeDisabled();
    expect(screen.queryByText('请先点“起草”。')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(worker.terminated).toBe(true);
    expect(await screen.findByText('已取消起草，全文没有改动。')).toBeInTheDocument();
    expect(textBox().value).toBe(TEXT);
    expect(screen.getByRole('button', { name: '起草' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: '取消' })).not.toBeInTheDocument();

    // Drafting again starts a new worker; its answer is the draft under review.
    await user.click(screen.getByRole('button', { name: '起草' }));
    await waitFor(() => expect(StandInWorker.made).toHaveLength(2));
    const { runDraft } = await import('../../draft/draft-worker');
    const second = StandInWorker.made[1]!;
    await runDraft({ ...second.requests[0]!, gazetteer: null }, (r) => second.reply(r));
    expect(await screen.findByRole('region', { name: /^走访 1：/ })).toBeInTheDocument();
    expect(second.terminated).toBe(true);
  });

  it('says why a draft failed, with the text kept', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const { user } = setup();
    await paste(TEXT);
    await user.click(screen.getByRole('button', { name: '起草' }));
    await waitFor(() => expect(StandInWorker.made).toHaveLength(1));
    StandInWorker.made[0]!.onerror?.({
      message: 'out of memory',
      preventDefault: () => undefined,
    } as ErrorEvent);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '起草失败（out of memory）。全文仍在文本框中。',
    );
    expect(textBox().value).toBe(TEXT);
  });

  it('makes a short heading of a long id from the link, cut between whole characters', async () => {
    setup('x'.repeat(50_000));
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(`修改公告：${'x'.repeat(59)}…`);
    expect(await screen.findByRole('alert')).toHaveTextContent(`找不到要修改的公告“${'x'.repeat(59)}…”`);
  });

  it('never shows half an emoji of an id', async () => {
    setup(`${'a'.repeat(58)}😀😀😀`);
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(`修改公告：${'a'.repeat(58)}😀…`);
  });
});
