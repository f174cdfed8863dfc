/**
 * The drafting client without a browser: the worker is stood in for by the worker's own code run in this
 * process (runDraft), or by stand-ins that hang or fail, so that every path of `draftInWorker` is tried.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runDraft, type DraftProgress, type DraftReply, type DraftRequest } from './draft-worker';
import { draftBulletin } from './index';
import {
  DraftRefusedError,
  MAX_DRAFT_BYTES,
  checkDraftText,
  draftInWorker,
  isAbortError,
  utf8Length,
  type WorkerLike,
} from './worker-client';

// Look-alike bulletins written for the tests: 青石区 (invented), and 安化县 (real, so its places have codes).
const TEXT = readFileSync(resolve(process.cwd(), 'e2e/fixtures/review-bulletin.txt'), 'utf8');
const ANHUA = readFileSync(resolve(process.cwd(), 'e2e/fixtures/anhua-bulletin.txt'), 'utf8');
const OPTIONS = { draftedAt: '2021-03-01T00:00:00+08:00' };
/** The place lists, read from public/ as the page fetches them. */
const loadJson = (url: string) =>
  Promise.resolve(JSON.parse(readFileSync(resolve(process.cwd(), 'public', url), 'utf8')) as unknown);

type StandIn = WorkerLike & { requests: DraftRequest[]; terminated: boolean; reply: (r: DraftReply) => void };
/** A worker that answers only when told to. */
function standIn(): StandIn {
  const w: StandIn = {
    requests: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (request) => void w.requests.push(request),
    terminate: () => void (w.terminated = true),
    reply: (r) => {
      if (!w.terminated) w.onmessage?.({ data: r } as MessageEvent<DraftReply>);
    },
  };
  return w;
}
/** The worker's own code, run here: it answers as a real worker would, until terminated. */
function inProcess(): StandIn {
  const w = standIn();
  w.postMessage = (request) => {
    w.requests.push(request);
    setTimeout(() => void runDraft(request, w.reply, loadJson));
  };
  return w;
}

describe('draftInWorker', () => {
  it('drafts as draftBulletin does, and says each stage as it goes', async () => {
    const worker = inProcess();
    const seen: DraftProgress[] = [];
    const result = await draftInWorker(ANHUA, OPTIONS, {
      onProgress: (p) => seen.push(p),
      createWorker: () => worker,
    });
    const direct = await draftBulletin(ANHUA, {
      ...OPTIONS,
      loadChunk: (key) => loadJson(`gazetteer/${key}.json`),
    });
    expect(result).toEqual(direct);
    expect(result.dataset.bulletins[0]!.visits.length).toBeGreaterThan(0);
    // The place lists were used: places carry their division codes.
    expect(result.dataset.places.some((p) => p.divisionCode)).toBe(true);
    expect(worker.requests).toHaveLength(1);
    expect(worker.requests[0]!.gazetteer).toBe('gazetteer/');
    expect(worker.terminated).toBe(true);
    const stages = seen.map((p) => p.stage);
    expect(stages[0]).toBe('loading');
    expect(stages.at(-1)).toBe('reading');
    // The place lists: none, then each chunk the text needs, counted up to all of them.
    expect(seen.find((p) => p.stage === 'places')).toEqual({ stage: 'places' }); // the index, before any count
    const places = seen.filter((p) => p.stage === 'places' && p.total !== undefined);
    expect(places.at(-1)!.total).toBeGreaterThan(0);
    expect(places.at(-1)!.done).toBe(places.at(-1)!.total);
    expect(places.map((p) => p.done)).toEqual([...places.map((p) => p.done)].sort((x, y) => x! - y!));
  });

  it('counts no place lists for a text that needs none', async () => {
    const seen: DraftProgress[] = [];
    await draftInWorker(TEXT, OPTIONS, { onProgress: (p) => seen.push(p), createWorker: () => inProcess() });
    // 青石区 is invented: no list holds it.
    expect(seen.map((p) => p.stage)).toEqual(['loading', 'places', 'reading']);
  });

  it('drafts without the place lists when they cannot be loaded, or when told not to use them', async () => {
    const missing = standIn();
    missing.postMessage = (request) =>
      void runDraft(request, missing.reply, () => Promise.reject(new Error('offline')));
    const offline = await draftInWorker(TEXT, OPTIONS, { createWorker: () => missing });
    const none = await draftInWorker(
      TEXT,
      { ...OPTIONS, gazetteer: null },
      { createWorker: () => inProcess() },
    );
    expect(offline).toEqual(none);
    expect(none.dataset.places.every((p) => !p.divisionCode)).toBe(true);
  });

  it('runs on this thread where there is no worker', async () => {
    const result = await draftInWorker(TEXT, { ...OPTIONS, gazetteer: null }, { createWorker: () => null });
    expect(result).toEqual(await draftBulletin(TEXT, OPTIONS));
  });

  it('stops at once when its signal aborts: the worker is terminated and nothing more is heard', async () => {
    const worker = standIn();
    const controller = new AbortController();
    const seen: DraftProgress[] = [];
    const drafting = draftInWorker(TEXT, OPTIONS, {
      signal: controller.signal,
      onProgress: (p) => seen.push(p),
      createWorker: () => worker,
    });
    worker.reply({ type: 'progress', progress: { stage: 'reading' } });
    controller.abort();
    await expect(drafting).rejects.toSatisfy(isAbortError);
    expect(worker.terminated).toBe(true);
    worker.onmessage?.({
      data: { type: 'progress', progress: { stage: 'places' } },
    } as MessageEvent<DraftReply>);
    expect(seen.map((p) => p.stage)).toEqual(['loading', 'reading']);
  });

  it('starts nothing for a signal already aborted', async () => {
    const create = vi.fn(() => standIn());
    const controller = new AbortController();
    controller.abort();
    await expect(
      draftInWorker(TEXT, OPTIONS, { signal: controller.signal, createWorker: create }),
    ).rejects.toSatisfy(isAbortError);
    expect(create).not.toHaveBeenCalled();
  });

  it('says why a draft failed: the worker crashed, or the rules threw', async () => {
    const crashed = standIn();
    const first = draftInWorker(TEXT, OPTIONS, { createWorker: () => crashed });
    crashed.onerror?.({
      message: 'Uncaught RangeError: out of memory',
      preventDefault: () => undefined,
    } as ErrorEvent);
    await expect(first).rejects.toThrow('out of memory');
    expect(crashed.terminated).toBe(true);

    const failed = standIn();
    const second = draftInWorker(TEXT, OPTIONS, { createWorker: () => failed });
    failed.reply({ type: 'failed', message: 'the text is empty' });
    await expect(second).rejects.toThrow('the text is empty');
  });

  it('refuses a blank text and one over the limit, before any worker starts', async () => {
    const create = vi.fn(() => standIn());
    for (const blank of ['', '   ', '\n\n\t', '\u3000\u3000', '\u200b\ufeff \u200d']) {
      const error = await draftInWorker(blank, OPTIONS, { createWorker: create }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DraftRefusedError);
      expect((error as DraftRefusedError).refusal).toEqual({ kind: 'blank' });
    }
    // 700,000 Chinese characters are 2,100,000 bytes: over 2 MB though fewer characters than the limit's bytes.
    const large = '走'.repeat(700_000);
    const error = await draftInWorker(large, OPTIONS, { createWorker: create }).catch((e: unknown) => e);
    expect((error as DraftRefusedError).refusal).toEqual({
      kind: 'tooLarge',
      bytes: 2_100_000,
      limit: MAX_DRAFT_BYTES,
    });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the size limit', () => {
  it('is 2 MB of UTF-8, exactly', () => {
    expect(MAX_DRAFT_BYTES).toBe(2_000_000);
    expect(checkDraftText('a'.repeat(2_000_000))).toBeNull();
    expect(checkDraftText('a'.repeat(2_000_001))).toEqual({
      kind: 'tooLarge',
      bytes: 2_000_001,
      limit: 2_000_000,
    });
    expect(checkDraftText('😀'.repeat(500_000))).toBeNull();
    expect(checkDraftText(`${'😀'.repeat(500_000)}a`)).toMatchObject({ kind: 'tooLarge', bytes: 2_000_001 });
  });

  it('counts bytes as UTF-8 does, lone surrogates as the replacement character', () => {
    for (const s of ['', 'abc', 'é', '区人大', '😀𠮷', 'a\ud800b', '\udc00', '👨‍👩‍👧', 'Ω≈ç√']) {
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
  });
});
