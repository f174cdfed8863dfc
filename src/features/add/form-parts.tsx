/** What the fact cards and the 添加为 forms share: the phone's touch size, the supply types (the labelled field: components/ui/text-field). */
import type { Dataset, Text } from '../../data/schema';
import { SUPPLY_KINDS } from '../../draft/lexicon';

/** Buttons and choices at least 44 px tall on a phone. */
export const touch = 'max-lg:min-h-11 max-lg:px-3';

/** The choice of a supply type that is not in the list yet. */
export const NEW_TYPE = '\u0000new';

/** The draft's supply types, then the drafting lexicon's others. */
export function supplyTypeOptions(draft: Dataset): { id: string; name: Text }[] {
  const own = draft.supplyTypes.map((x) => ({ id: x.id, name: x.name }));
  const known = SUPPLY_KINDS.filter((k) => !own.some((o) => o.id === k.id)).map((k) => ({
    id: k.id,
    name: { zh: k.zh, en: k.en },
  }));
  return [...own, ...known];
}
