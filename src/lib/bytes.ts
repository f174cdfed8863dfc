/** A size in words for messages (a load error, a file or text too large); apart from format.ts, out of the first paint. */

/**
 * A size in bytes below 1 kB, in kB below 1 MB, else in MB (1 MB = 1,000,000 bytes), one decimal below 10 MB
 * unless it is 0: "486 B", "640 kB", "2.4 MB", "2 MB".
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${Math.round(bytes / 1e3)} kB`;
  const mb = bytes / 1e6;
  return `${mb.toFixed(mb < 10 ? 1 : 0).replace(/\.0$/, '')} MB`;
}
