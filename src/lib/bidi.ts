/**
 * Text from the data never changes the direction of the page's own words around it. In the page, data names are
 * rendered in <bdi> (see components/ui/data-text); in strings (exported images, file names, aria labels, the
 * title) they are wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which ends any override inside.
 */
const FSI = '\u2068';
const PDI = '\u2069';
/** Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** The text isolated from what surrounds it; plain text without controls stays as it is. */
export function isolate(text: string): string {
  return BIDI_CONTROLS.test(text) ? `${FSI}${text}${PDI}` : text;
}
