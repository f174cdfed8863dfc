/** FNV-1a over UTF-16 code units, 32 bits: small, stable across runs and engines. The one string hash here. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The hash as 8 hex digits (for file names that must stay apart). */
export function hashHex(value: string): string {
  return hashString(value).toString(16).padStart(8, '0');
}
