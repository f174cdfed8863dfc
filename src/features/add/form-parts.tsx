/** What the fact cards and the 添加为 forms share: the phone's touch size, the supply types (the labelled field: components/ui/text-field). */
import { timesOfDay, type Dataset, type Text, type TimeOfDay } from '../../data/schema';
import type { T } from '../../i18n/i18n';
import { SUPPLY_KINDS } from '../../draft/lexicon';

/** Buttons and choices at least 44 px tall on a phone. */
export const touch = 'max-lg:min-h-11 max-lg:px-3';

/** The choice of a supply type that is not in the list yet. */
export const NEW_TYPE = '\u0000new';

/**
 * The supply types to choose from: the draft's, then the drafting lexicon's others, each named in the page's
 * language; and, given its words, the choice of a new type (NEW_TYPE).
 */
export function supplyTypeChoices(
  draft: Dataset,
  pick: (text: Text) => string,
  newType: string | null,
): { value: string; label: string }[] {
  const own = draft.supplyTypes.map((x) => ({ id: x.id, name: x.name }));
  const known = SUPPLY_KINDS.filter((k) => !own.some((o) => o.id === k.id)).map((k) => ({
    id: k.id,
    name: { zh: k.zh, en: k.en },
  }));
  return [
    ...[...own, ...known].map((o) => ({ value: o.id, label: pick(o.name) })),
    ...(newType === null ? [] : [{ value: NEW_TYPE, label: newType }]),
  ];
}

/** The times of day to choose from, "not said" first. */
export function timeOfDayChoices(t: T): { value: TimeOfDay | ''; label: string }[] {
  return [
    { value: '', label: t('time.unknown') },
    ...timesOfDay.map((x) => ({ value: x, label: t(`time.${x}`) })),
  ];
}
