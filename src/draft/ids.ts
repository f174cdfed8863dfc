/** Pinyin ids and English names (pinyin-pro: a maintained, dictionary-based converter that knows surnames). */
import { pinyin } from 'pinyin-pro';

const syllables = (zh: string, surname = false): string[] =>
  pinyin(zh, { toneType: 'none', type: 'array', v: true, ...(surname ? { surname: 'head' as const } : {}) })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);

export const slug = (zh: string): string =>
  syllables(zh)
    .join('')
    .replace(/[^a-z0-9]+/g, '') || 'x';

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "谭喜华" -> { id: "tan-xihua", en: "Tan Xihua" }; "欧阳明" -> "ouyang-ming". */
export function personName(zh: string, surnameLength: number): { id: string; en: string } {
  const all = syllables(zh, true);
  const family = all.slice(0, surnameLength).join('');
  const given = all.slice(surnameLength).join('');
  return {
    id: [family, given].filter(Boolean).join('-') || 'person',
    en: [cap(family), cap(given)].filter(Boolean).join(' '),
  };
}

/** Pinyin words for a place stem: "洪家村" -> "Hongjiacun". */
export const placeStem = (zh: string): string => cap(syllables(zh).join(''));

/** Makes ids unique within one draft: "a", "a-2", "a-3". */
export class IdPool {
  private used = new Set<string>();
  take(base: string): string {
    const clean =
      base
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '') || 'x';
    let id = clean;
    for (let n = 2; this.used.has(id); n++) id = `${clean}-${n}`;
    this.used.add(id);
    return id;
  }
}
