/**
 * The file reader where there is no Worker (Node here, as jsdom or a policy that forbids workers): the same
 * code on this thread. The import's check against the bundled data is sent its definitions and ids only.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures';
import { baseForCheck, openFileReader } from './file-client';

describe('the file reader', () => {
  it('reads a saved web page into text, also without a worker', async () => {
    const reader = openFileReader();
    const page = new Blob([
      '<title>区人大走访慰问</title><nav>首页</nav><h1>区人大走访慰问</h1><p>正文。</p>',
    ]);
    expect(await reader.html(page)).toBe('区人大走访慰问\n正文。');
    reader.close();
  });

  it('stops at once when asked, and reads again after', async () => {
    const reader = openFileReader();
    const stop = new AbortController();
    stop.abort();
    await expect(reader.html(new Blob(['<p>x</p>']), stop.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await reader.html(new Blob(['<p>又一段</p>']))).toBe('又一段');
    reader.close();
  });

  it('sends the bundled data as its definitions and the ids of its bulletins and visits', () => {
    const bundled = fixture('small');
    const sent = baseForCheck(bundled)!;
    expect(sent.people).toEqual(bundled.people);
    expect(sent.places).toEqual(bundled.places);
    expect(sent.bulletins).toEqual(
      bundled.bulletins.map((b) => ({ id: b.id, visits: b.visits.map((v) => ({ id: v.id })) })),
    );
    expect(baseForCheck(undefined)).toBeUndefined();
  });
});
