/**
 * One drafted fact beside the text: what it says, its evidence, its state (草稿 / 已确认), and the actions:
 * accept, correct (its fields), set its evidence from the selected words, remove. Problems the schema finds in
 * it are listed in it, and each input it concerns points at them.
 */
import { useId, useState, type ReactNode } from 'react';
import { NEW_TYPE, supplyTypeChoices, timeOfDayChoices, touch } from './form-parts';
import { Button, selectClass } from '../../components/ui/button';
import { SelectField, TextField } from '../../components/ui/text-field';
import {
  participantRoles,
  type Dataset,
  type Evidence,
  type Text,
  type WritableDataset,
} from '../../data/schema';
import { schemaMessage } from '../../i18n/schema-messages';
import { useI18n } from '../../i18n/i18n';
import { untranslated } from '../../i18n/text';
import { colorFor } from '../../lib/colors';
import {
  applyProposal,
  disagreement,
  mergeVisits,
  moveFact,
  proposalFor,
  setDate,
  setSupplyType,
  splitVisit,
  type Naming,
  type Proposal,
} from './add-fact';
import {
  acceptFact,
  edit,
  factKey,
  getFact,
  removeFact,
  setEvidence,
  withText,
  type FactRef,
  type Problem,
} from './draft-edit';

type Props = {
  draft: Dataset;
  fact: FactRef;
  problems: readonly Problem[];
  selection: Evidence | null;
  active: boolean;
  naming: Naming;
  /**
   * A changed draft; `focus` is the fact to review next where the edit moved it; `typing` names the field typed
   * in (its keystrokes are one edit to undo).
   */
  onChange: (next: Dataset, focus?: FactRef, typing?: string) => void;
  onFocus: () => void;
};

/** Which problem fields each input shows. */
const inputFields: Record<string, string[]> = {
  headline: ['headline'],
  date: ['date'],
  dateText: ['dateText'],
  timeOfDay: ['timeOfDay'],
  place: ['placeId', 'districtId', 'places'],
  name: ['personId', 'organizationId', 'people', 'organizations', 'places'],
  role: ['role'],
  text: ['text'],
  quantity: ['quantity'],
};

/** The notes a fact carries: a visit's (a lead not named, a name completed, a place found only as an activity), a
 * participant's (where the lead was taken from). */
function notesOf(fact: FactRef, visit: Dataset['bulletins'][number]['visits'][number]): readonly Text[] {
  if (fact.kind === 'visit') return visit.notes ?? [];
  if (fact.kind === 'participant') {
    // (Only while the participant is still inferred: a name the reviewer gave or confirmed needs no doubt.)
    const p = visit.participants[fact.index];
    return p?.inferred && p.note ? [p.note] : [];
  }
  return [];
}

export function FactCard({ draft, fact, problems, selection, active, naming, onChange, onFocus }: Props) {
  const { t, pick, lang } = useI18n();
  const [correcting, setCorrecting] = useState(false);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const problemsId = useId();
  const visit = draft.bulletins[0]!.visits[fact.visit]!;
  const current = getFact(draft, fact);
  if (!current) return null;
  // Edits of the fact's fields: what is typed in one card in a row is one edit.
  const change = (mutate: (d: WritableDataset) => void) =>
    onChange(edit(draft, mutate), undefined, `fields:${factKey(fact)}`);
  const visitIn = (d: WritableDataset) => d.bulletins[0]!.visits[fact.visit]!;
  /** The id of the card's list of problems, where one of them concerns this input. */
  const invalid = (input: keyof typeof inputFields) =>
    problems.some((p) => inputFields[input]!.includes(p.field)) ? problemsId : undefined;

  const placeName = (id: string | null) => (id ? draft.places.find((p) => p.id === id)?.name : undefined);
  const setEntityName = (kind: 'people' | 'organizations' | 'places', id: string, name: Text) =>
    change((d) => {
      const item = (d[kind] as { id: string; name: Text }[]).find((x) => x.id === id);
      if (item) item.name = name;
    });

  let kindLabel: string;
  let summary: string;
  let fields: ReactNode;
  if (fact.kind === 'visit') {
    kindLabel = t('add.fact.visit');
    const place = placeName(visit.placeId);
    summary = [visit.date ? `${visit.dateText}（${visit.date}）` : visit.dateText, place ? pick(place) : '']
      .filter(Boolean)
      .join(' · ');
    fields = (
      <>
        <TextPairFields
          labels={[t('add.f.headline'), t('add.f.headlineEn')]}
          text={visit.headline}
          problemsId={invalid('headline')}
          onText={(headline) => change((d) => void (visitIn(d).headline = headline))}
        />
        <TextField
          label={t('add.f.date')}
          type="date"
          value={visit.date ?? ''}
          problemsId={invalid('date')}
          onValue={(value) =>
            onChange(
              setDate(draft, fact.visit, {
                date: value || null,
                dateText: visit.dateText,
                timeOfDay: null,
                note: null,
              }),
            )
          }
        />
        <TextField
          label={t('add.f.dateText')}
          value={visit.dateText}
          problemsId={invalid('dateText')}
          onValue={(value) => change((d) => void (visitIn(d).dateText = value))}
        />
        <SelectField
          label={t('add.f.timeOfDay')}
          value={visit.timeOfDay ?? ''}
          choices={timeOfDayChoices(t)}
          onValue={(time) => change((d) => void (visitIn(d).timeOfDay = time || null))}
        />
        {visit.placeId && place && (
          <>
            <TextPairFields
              labels={[t('add.f.place'), t('add.f.placeEn')]}
              text={place}
              problemsId={invalid('place')}
              onText={(name) => setEntityName('places', visit.placeId!, name)}
            />
          </>
        )}
      </>
    );
  } else if (fact.kind === 'participant') {
    const p = visit.participants[fact.index]!;
    const kind = p.personId ? 'people' : 'organizations';
    const entityId = (p.personId ?? p.organizationId)!;
    const name = (draft[kind] as { id: string; name: Text }[]).find((x) => x.id === entityId)?.name ?? {
      zh: entityId,
    };
    kindLabel = t('add.fact.participant');
    summary = `${pick(name)}（${t(`role.${p.role}`)}）`;
    fields = (
      <>
        <TextPairFields
          labels={[t('add.f.name'), t('add.f.nameEn')]}
          text={name}
          problemsId={invalid('name')}
          onText={(named) => setEntityName(kind, entityId, named)}
        />
        <SelectField
          label={t('add.f.role')}
          value={p.role}
          choices={participantRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          problemsId={invalid('role')}
          onValue={(role) => change((d) => void (visitIn(d).participants[fact.index]!.role = role))}
        />
      </>
    );
  } else if (fact.kind === 'supply') {
    const s = visit.supplies[fact.index]!;
    kindLabel = t('add.fact.supply');
    summary = s.quantity ? `${s.text} ${s.quantity.value}${s.quantity.unit}` : s.text;
    fields = (
      <>
        <SelectField
          label={t('add.f.supplyType')}
          value={s.supplyTypeId}
          choices={supplyTypeChoices(
            draft,
            pick,
            draft.supplyTypes.some((x) => x.name.zh === s.text) ? null : t('add.newType', { name: s.text }),
          )}
          onValue={(type) =>
            onChange(
              setSupplyType(draft, fact, type === NEW_TYPE ? { newName: s.text } : { id: type }, naming),
            )
          }
        />
        <TextField
          label={t('add.f.supplyText')}
          value={s.text}
          problemsId={invalid('text')}
          onValue={(value) => change((d) => void (visitIn(d).supplies[fact.index]!.text = value))}
        />
        <TextField
          label={t('add.f.quantity')}
          type="number"
          value={s.quantity ? String(s.quantity.value) : ''}
          problemsId={invalid('quantity')}
          onValue={(input) =>
            change((d) => {
              const supply = visitIn(d).supplies[fact.index]!;
              const value = input === '' ? null : Number(input);
              supply.quantity =
                value === null || !Number.isFinite(value)
                  ? null
                  : { value, unit: supply.quantity?.unit ?? '个' };
            })
          }
        />
        <TextField
          label={t('add.f.unit')}
          value={s.quantity?.unit ?? ''}
          disabled={!s.quantity}
          problemsId={invalid('quantity')}
          onValue={(unit) =>
            change((d) => {
              const supply = visitIn(d).supplies[fact.index]!;
              if (supply.quantity) supply.quantity.unit = unit;
            })
          }
        />
      </>
    );
  } else if (fact.kind === 'inspected') {
    const s = visit.inspected[fact.index]!;
    const place = placeName(s.placeId) ?? { zh: s.placeId };
    kindLabel = t('add.fact.inspected');
    summary = pick(place);
    fields = (
      <>
        <TextPairFields
          labels={[t('add.f.place'), t('add.f.placeEn')]}
          text={place}
          problemsId={invalid('place')}
          onText={(name) => setEntityName('places', s.placeId, name)}
        />
      </>
    );
  } else {
    const r = visit.remarks[fact.index]!;
    kindLabel = t('add.fact.remark');
    summary = pick(r.text);
    fields = (
      <>
        <TextPairFields
          labels={[t('add.f.remark'), t('add.f.remarkEn')]}
          rows={3}
          text={r.text}
          problemsId={invalid('text')}
          onText={(text) => change((d) => void (visitIn(d).remarks[fact.index]!.text = text))}
        />
      </>
    );
  }

  const name = `${kindLabel}：${summary}`;
  const drafted = current.drafted === true;
  const supplyColor =
    fact.kind === 'supply' ? colorFor('supply', visit.supplies[fact.index]!.supplyTypeId) : undefined;
  const visits = draft.bulletins[0]!.visits;
  const mismatch = disagreement(draft, fact);
  const repoint = () => {
    if (!selection) return;
    const next = setEvidence(draft, fact, selection);
    onChange(next);
    setProposal(proposalFor(next, fact, selection.quote));
  };
  return (
    <li>
      <div
        role="group"
        aria-label={name}
        data-fact={factKey(fact)}
        tabIndex={-1}
        onFocus={onFocus}
        className={`scroll-mt-24 rounded border p-2 text-sm focus:outline-2 focus:outline-sky-600 ${active ? 'border-amber-500 ring-1 ring-amber-500' : 'border-slate-200 dark:border-slate-700'}`}
        style={supplyColor ? { borderLeft: `4px solid ${supplyColor}` } : undefined}
      >
        <div className="flex flex-wrap items-baseline gap-2">
          <span
            className={`rounded px-1.5 text-xs font-medium ${
              drafted
                ? 'bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100'
                : 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
            }`}
          >
            {drafted ? t('add.draftBadge') : t('add.acceptedBadge')}
          </span>
          <span className="font-medium">{kindLabel}</span>
          <button
            type="button"
            className="min-w-0 text-left hover:underline max-lg:min-h-11"
            onClick={onFocus}
          >
            {summary}
          </button>
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          {t('add.evidence', { paragraph: current.evidence.paragraph + 1, quote: current.evidence.quote })}
        </p>
        {fact.kind === 'visit' && (!visit.dateCertain || visit.dateNote) && (
          <p className="mt-1 text-xs text-amber-800 dark:text-amber-200">
            {!visit.dateCertain && `${t('add.dateUncertain')} `}
            {visit.dateNote && pick(visit.dateNote)}
          </p>
        )}
        {/* What the draft inferred or could not read, as the text says it: the visit's notes, a participant's. */}
        {notesOf(fact, visit).length > 0 && (
          <ul aria-label={t('card.notes')} className="mt-1 text-xs text-amber-800 dark:text-amber-200">
            {notesOf(fact, visit).map((note, i) => (
              <li key={i} lang={untranslated(note, lang) ? 'zh-CN' : undefined}>
                {pick(note)}
              </li>
            ))}
          </ul>
        )}
        {mismatch && (
          <p className="mt-1 text-xs text-amber-800 dark:text-amber-200">
            {t('add.mismatch', { words: mismatch })}
          </p>
        )}
        {proposal && (
          <div
            role="alert"
            className="mt-1 flex flex-wrap items-center gap-1 rounded bg-sky-50 p-1 text-xs dark:bg-sky-950"
          >
            <span>{t('add.takeValue', { value: proposalText(proposal) })}</span>
            <Button
              size="xs"
              className={touch}
              onClick={() => {
                onChange(applyProposal(draft, fact, proposal, naming));
                setProposal(null);
              }}
            >
              {t('add.takeValueYes')}
            </Button>
            <Button size="xs" className={touch} onClick={() => setProposal(null)}>
              {t('add.takeValueNo')}
            </Button>
          </div>
        )}
        {problems.length > 0 && (
          <ul id={problemsId} className="mt-1 list-disc pl-5 text-xs text-red-700 dark:text-red-300">
            {problems.map((p, i) => (
              <li key={i}>
                {p.field}: {schemaMessage(p.message, t)}
              </li>
            ))}
          </ul>
        )}
        {correcting && <div className="mt-2 grid gap-2 sm:grid-cols-2">{fields}</div>}
        <div className="mt-2 flex flex-wrap items-center gap-1">
          {drafted && (
            <Button size="xs" className={touch} onClick={() => onChange(acceptFact(draft, fact))}>
              {t('add.accept')}
            </Button>
          )}
          <Button
            size="xs"
            className={touch}
            aria-expanded={correcting}
            onClick={() => setCorrecting(!correcting)}
          >
            {correcting ? t('add.doneCorrecting') : t('add.correct')}
          </Button>
          <Button size="xs" className={touch} disabled={!selection} data-set-evidence onClick={repoint}>
            {t('add.setEvidence')}
          </Button>
          <Button size="xs" className={touch} onClick={() => onChange(removeFact(draft, fact))}>
            {fact.kind === 'visit' ? t('add.removeVisit', { n: fact.visit + 1 }) : t('add.remove')}
          </Button>
          {fact.kind === 'visit' ? (
            <>
              {fact.visit > 0 && (
                <Button
                  size="xs"
                  className={touch}
                  onClick={() =>
                    onChange(mergeVisits(draft, fact.visit - 1, fact.visit), {
                      visit: fact.visit - 1,
                      kind: 'visit',
                      index: -1,
                    })
                  }
                >
                  {t('add.mergeUp', { n: fact.visit })}
                </Button>
              )}
              <Button
                size="xs"
                className={touch}
                onClick={() =>
                  onChange(splitVisit(draft, fact.visit), { visit: fact.visit + 1, kind: 'visit', index: -1 })
                }
              >
                {t('add.split')}
              </Button>
            </>
          ) : (
            visits.length > 1 && (
              <label className="flex items-center gap-1 text-xs">
                <span>{t('add.moveTo')}</span>
                <select
                  className={`${selectClass} ${touch}`}
                  value=""
                  onChange={(e) => {
                    const moved = moveFact(draft, fact, Number(e.target.value));
                    onChange(moved.draft, moved.ref);
                  }}
                >
                  <option value="">—</option>
                  {visits.map((v, vi) =>
                    vi === fact.visit ? null : (
                      <option key={vi} value={vi}>
                        {t('add.visit', { n: vi + 1, headline: v.headline.zh })}
                      </option>
                    ),
                  )}
                </select>
              </label>
            )
          )}
        </div>
      </div>
    </li>
  );

  function proposalText(p: Proposal): string {
    if (p.kind === 'supply')
      return `${p.reading.text}${p.reading.quantity ? ` ${p.reading.quantity.value}${p.reading.quantity.unit}` : ''}`;
    if (p.kind === 'participant' || p.kind === 'place') return p.name;
    return p.text;
  }
}

/**
 * A text's Chinese and English as two fields: what is typed in either gives the whole text (an English left
 * blank is no English). `problemsId` marks the Chinese, which the schema checks.
 */
function TextPairFields({
  labels,
  text,
  onText,
  problemsId,
  rows,
}: {
  labels: readonly [zh: string, en: string];
  text: Text;
  onText: (text: Text) => void;
  problemsId?: string | undefined;
  rows?: number;
}) {
  return (
    <>
      <TextField
        rows={rows}
        label={labels[0]}
        value={text.zh}
        problemsId={problemsId}
        onValue={(zh) => onText(withText(zh, text.en ?? ''))}
      />
      <TextField
        rows={rows}
        label={labels[1]}
        value={text.en ?? ''}
        onValue={(en) => onText(withText(text.zh, en))}
      />
    </>
  );
}
