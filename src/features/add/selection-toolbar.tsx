/**
 * 添加为 / Add as: the toolbar that turns the selected words into a fact of the visit under review, each label
 * with its one-key shortcut, and the few questions a label asks (a person's role and title; a supply's type,
 * quantity and unit; a date), filled in from the words. Enter adds, Escape goes back to the text.
 */
import { useEffect, useId, useRef, useState, type ComponentProps, type FormEvent } from 'react';
import { Button, selectClass } from '../../components/ui/button';
import { SelectField, TextField } from '../../components/ui/text-field';
import type { Dataset, Evidence, ParticipantRole, TimeOfDay } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import {
  addOrganization,
  addPerson,
  addPlace,
  addSupply,
  defaultRole,
  readDate,
  readPerson,
  readSupply,
  setDate,
  type Naming,
  type TypeChoice,
} from './add-fact';
import type { FactRef } from './draft-edit';
import { NEW_TYPE, supplyTypeChoices, timeOfDayChoices, touch } from './form-parts';

export type AddKind = 'visit' | 'person' | 'organization' | 'place' | 'supply' | 'date' | 'remark';
/** The labels in the toolbar's order, with their keys. */
export const addKinds: readonly { kind: AddKind; key: string }[] = [
  { kind: 'visit', key: 'v' },
  { kind: 'person', key: 'p' },
  { kind: 'organization', key: 'o' },
  { kind: 'place', key: 'l' },
  { kind: 'supply', key: 's' },
  { kind: 'date', key: 'd' },
  { kind: 'remark', key: 'r' },
];

const labelKey = (kind: AddKind) => `add.as.${kind}` as MessageKey;
/** The role choices, in the words of the genre (带队, 陪同, 随行, 委托). */
const roles: readonly ParticipantRole[] = ['lead', 'accompanying', 'delegation', 'entrusted-by'];
/** A question of a label answered by a choice: as wide as its column, and 44 px tall on a phone. */
function Choice<V extends string>(props: Omit<ComponentProps<typeof SelectField<V>>, 'selectClassName'>) {
  return <SelectField {...props} selectClassName={`w-full ${touch}`} />;
}

export function SelectionToolbar({
  draft,
  selection,
  target,
  onTarget,
  onChoose,
}: {
  draft: Dataset;
  selection: Evidence;
  target: number;
  onTarget: (visit: number) => void;
  onChoose: (kind: AddKind) => void;
}) {
  const { t } = useI18n();
  const visits = draft.bulletins[0]!.visits;
  const targetId = useId();
  return (
    <div className="space-y-2 rounded border border-sky-300 bg-sky-50 p-2 dark:border-sky-700 dark:bg-sky-950">
      <div
        role="toolbar"
        aria-label={t('add.addAs')}
        className="flex flex-wrap items-center gap-1"
        onKeyDown={(e) => {
          // ← and → go from label to label, as in any toolbar.
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
          const at = buttons.indexOf(e.target as HTMLButtonElement);
          if (at < 0) return;
          e.preventDefault();
          const step = e.key === 'ArrowRight' ? 1 : -1;
          buttons[(at + step + buttons.length) % buttons.length]?.focus();
        }}
      >
        <span aria-hidden="true" className="text-sm font-medium">
          {t('add.addAs')}
        </span>
        {addKinds.map(({ kind, key }) => (
          <Button
            key={kind}
            size="sm"
            className={touch}
            aria-keyshortcuts={key}
            disabled={kind !== 'visit' && visits.length === 0}
            onClick={() => onChoose(kind)}
          >
            {t(labelKey(kind))}{' '}
            <kbd aria-hidden="true" className="rounded bg-slate-200 px-1 font-mono text-xs dark:bg-slate-700">
              {key.toUpperCase()}
            </kbd>
          </Button>
        ))}
      </div>
      {visits.length > 0 && (
        <div className="flex flex-wrap items-center gap-1 text-sm">
          <label htmlFor={targetId}>{t('add.addTo')}</label>
          <select
            id={targetId}
            className={`${selectClass} max-w-full ${touch}`}
            value={target}
            onChange={(e) => onTarget(Number(e.target.value))}
          >
            {visits.map((v, vi) => (
              <option key={vi} value={vi}>
                {t('add.visit', { n: vi + 1, headline: v.headline.zh })}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="sr-only">{t('add.selectedWords', { quote: selection.quote })}</p>
    </div>
  );
}

/** The questions of a label, answered from the words; Enter adds the fact. */
export function AddForm({
  kind,
  draft,
  selection,
  target,
  naming,
  publishedAt,
  onDone,
  onCancel,
}: {
  kind: Exclude<AddKind, 'visit' | 'remark'>;
  draft: Dataset;
  selection: Evidence;
  target: number;
  naming: Naming;
  publishedAt: string | null;
  onDone: (next: Dataset, ref: FactRef) => void;
  onCancel: () => void;
}) {
  const { t, pick } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  const visits = draft.bulletins[0]!.visits;
  const visit = visits[target];
  const person = readPerson(selection.quote);
  const supply = readSupply(selection.quote);
  const previousDate = visits
    .slice(0, target)
    .map((v) => v.date)
    .filter(Boolean)
    .at(-1);
  const date = readDate(selection.quote, { publishedAt, previousDate });

  const [name, setName] = useState(kind === 'person' ? person.name : selection.quote.trim());
  const [title, setTitle] = useState(person.title);
  const [role, setRole] = useState<ParticipantRole>(kind === 'person' ? defaultRole(visit) : 'delegation');
  const [placeAs, setPlaceAs] = useState<'visit' | 'inspected'>(visit?.placeId ? 'inspected' : 'visit');
  const ownType = draft.supplyTypes.find((x) => x.name.zh === supply.text);
  const [type, setType] = useState(supply.kind?.id ?? ownType?.id ?? NEW_TYPE);
  const [newType, setNewType] = useState(supply.text);
  const [itemText, setItemText] = useState(supply.text);
  const [quantity, setQuantity] = useState(supply.quantity ? String(supply.quantity.value) : '');
  const [unit, setUnit] = useState(supply.quantity?.unit ?? '');
  const [isoDate, setIsoDate] = useState(date.date ?? '');
  const [dateText, setDateText] = useState(date.dateText);
  const [timeOfDay, setTimeOfDay] = useState<TimeOfDay | ''>(date.timeOfDay ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (kind === 'person') {
      const { draft: next, ref } = addPerson(draft, target, selection, { name, title, role }, naming);
      onDone(next, ref);
    } else if (kind === 'organization') {
      const { draft: next, ref } = addOrganization(draft, target, selection, { name, role }, naming);
      onDone(next, ref);
    } else if (kind === 'place') {
      const { draft: next, ref } = addPlace(draft, target, selection, { name, as: placeAs }, naming);
      onDone(next, ref);
    } else if (kind === 'supply') {
      const value = Number(quantity);
      const choice: TypeChoice = type === NEW_TYPE ? { newName: newType || itemText } : { id: type };
      const { draft: next, ref } = addSupply(
        draft,
        target,
        selection,
        {
          type: choice,
          text: itemText,
          quantity:
            quantity.trim() && Number.isFinite(value) && value > 0 && unit.trim()
              ? { value, unit: unit.trim() }
              : null,
        },
        naming,
      );
      onDone(next, ref);
    } else {
      const reading = {
        date: isoDate || null,
        dateText,
        timeOfDay: timeOfDay || null,
        note: isoDate === date.date ? date.note : null,
      };
      onDone(setDate(draft, target, reading, selection), { visit: target, kind: 'visit', index: -1 });
    }
  };

  const title_ = t('add.addTitle', { kind: t(labelKey(kind)), quote: selection.quote });
  return (
    <form
      ref={form}
      aria-label={title_}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'SELECT') {
          // Enter adds from a choice too, as it does from a text field.
          e.preventDefault();
          form.current?.requestSubmit();
        }
      }}
      className="space-y-2 rounded border border-slate-300 p-2 dark:border-slate-600"
    >
      <p className="text-sm font-medium">{title_}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {(kind === 'person' || kind === 'organization' || kind === 'place') && (
          <TextField label={t('add.f.name')} required value={name} onValue={setName} />
        )}
        {kind === 'person' && <TextField label={t('add.f.title')} value={title} onValue={setTitle} />}
        {(kind === 'person' || kind === 'organization') && (
          <Choice
            label={t('add.f.role')}
            value={role}
            choices={roles.map((r) => ({ value: r, label: t(`add.roleChoice.${r}` as MessageKey) }))}
            onValue={setRole}
          />
        )}
        {kind === 'place' && (
          <Choice
            label={t('add.f.placeAs')}
            value={placeAs}
            choices={(['visit', 'inspected'] as const).map((as) => ({
              value: as,
              label: t(`add.placeAs.${as}`),
            }))}
            onValue={setPlaceAs}
          />
        )}
        {kind === 'supply' && (
          <>
            <Choice
              label={t('add.f.supplyType')}
              value={type}
              choices={supplyTypeChoices(draft, pick, t('add.newTypeOption'))}
              onValue={setType}
            />
            {type === NEW_TYPE && (
              <TextField label={t('add.f.newType')} required value={newType} onValue={setNewType} />
            )}
            <TextField label={t('add.f.supplyText')} required value={itemText} onValue={setItemText} />
            <TextField
              label={t('add.f.quantity')}
              type="number"
              min="0"
              step="any"
              value={quantity}
              onValue={setQuantity}
            />
            <TextField
              label={t('add.f.unit')}
              required={quantity.trim() !== ''}
              value={unit}
              onValue={setUnit}
            />
          </>
        )}
        {/* Each question of a label is a field of its own: fields look alike, none is a copy of another. */}
        {kind === 'date' && (
          <>
            <TextField label={t('add.f.date')} type="date" value={isoDate} onValue={setIsoDate} />
            <TextField label={t('add.f.dateText')} required value={dateText} onValue={setDateText} />
            <Choice
              label={t('add.f.timeOfDay')}
              value={timeOfDay}
              choices={timeOfDayChoices(t)}
              onValue={setTimeOfDay}
            />
            {date.note && isoDate === date.date && (
              <p className="text-xs text-slate-700 sm:col-span-2 dark:text-slate-300">{pick(date.note)}</p>
            )}
          </>
        )}
      </div>
      <div className="flex flex-wrap gap-1">
        <Button type="submit" size="sm" className={touch}>
          {t('add.addFact')}
        </Button>
        <Button size="sm" className={touch} onClick={onCancel}>
          {t('add.cancel')}
        </Button>
      </div>
    </form>
  );
}
