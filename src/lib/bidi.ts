/**
 * Text from the data never changes the direction of the page's own words around it. In the page, data names are
 * rendered in <bdi>; in strings they are wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which ends any
 * override inside. Every parameter of a message is isolated by the i18n `format` (titles, findings, captions,
 * aria labels, exported images and their file names); SVG text, which has no <bdi>, isolates its names here.
 */
const FSI = '\u2068';
const PDI = '\u2069';
/**
 * What can reorder the words around a text: embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI
 * PDI), the right-to-left and Arabic letter marks, and right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo,
 * Samaritan, Mandaic and their presentation forms), which pull a number written after them to their side.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200f\u061c\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** An isolate that holds no other: whatever is inside it ends at its PDI. */
const INNER_ISOLATE = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/g;

/**
 * The text isolated from what surrounds it; text that cannot reorder its surroundings stays as it is, and so does
 * text whose every such piece is isolated already (a message built from isolated names is not wrapped again).
 */
export function isolate(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  let outside = text;
  for (let before = ''; before !== outside;) {
    before = outside;
    outside = outside.replace(INNER_ISOLATE, '');
  }
  if (!BIDI_CONTROLS.test(outside)) return text;
  // An isolate the text opens and never closes is closed here, so that the closing PDI is ours.
  let open = 0;
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) open += 1;
    else if (ch === PDI && open > 0) open -= 1;
  }
  return `${FSI}${text}${PDI.repeat(open)}${PDI}`;
}

type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;
const isolatingOf = new WeakMap<object, unknown>();

/**
 * The page's `t`, with every text put into a message isolated (a name from the data): used by the parts drawn
 * after the first paint (charts, map, about), whose titles, findings, captions and exports are built from such
 * messages. The same function for the same `t`, so that what is memoised on it stays so.
 */
export function isolating<K extends string>(t: Translate<K>): Translate<K> {
  let out = isolatingOf.get(t) as Translate<K> | undefined;
  if (!out) {
    out = (key, params) => {
      if (!params) return t(key);
      const safe: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(params))
        safe[name] = typeof value === 'string' ? isolate(value) : value;
      return t(key, safe);
    };
    isolatingOf.set(t, out);
  }
  return out;
}
