/** Test helper: the files a component saves (an <a download> clicked on a blob: URL), captured instead. */
import { beforeEach, vi } from 'vitest';

export type SavedFile = { name: string; blob: Blob };

/** Call at the top of a test file: returns the list of files saved by the current test. */
export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  beforeEach(() => {
    saved.length = 0;
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });
  });
  return saved;
}
