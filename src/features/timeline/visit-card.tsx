import { useId, useState, type ReactNode } from 'react';
import { SourceButton as SharedSourceButton } from '../../components/ui/source-button';
import { organizationName, placeName } from '../../data/labels';
import type { Evidence } from '../../data/schema';
import type { DatasetIndex, VisitRow } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import { untranslated } from '../../i18n/text';
import { colorFor } from '../../lib/colors';
import { formatDate, listJoin } from '../../lib/format';
import { firstGraphemes } from '../../lib/graphemes';
import { usePageActions } from '../../lib/page-actions';

/** One visit: headline, when, who (with roles), where, what was handed over, what was said, and every flag. */
export function VisitCard({ row, index }: { row: VisitRow; index: DatasetIndex }) {
  const { t, lang, pick } = useI18n();
  const { filterBy } = usePageActions();
  const { visit, bulletin } = row;
  const headingId = useId();
  const flags: { key: string; label: string; text: string }[] = [];
  if (!visit.dateCertain)
    flags.push({ key: 'date', label: t('flag.date'), text: visit.dateNote ? pick(visit.dateNote) : '' });
  if (visit.districtInferred) {
    flags.push({
      key: 'district',
      label: t('flag.district'),
      text: (visit.notes ?? []).map(pick).find((n) => n.length > 0) ?? '',
    });
  }
  // Every explanation is also written out in the card's notes, so that it prints and needs no click; each once.
  const notes = [
    ...new Set([
      ...(!visit.dateCertain && visit.dateNote ? [pick(visit.dateNote)] : []),
      ...visit.participants.flatMap((p) => (p.inferred && p.note ? [pick(p.note)] : [])),
      ...(visit.notes ?? []).map(pick),
    ]),
  ];
  visit.participants.forEach((p, i) => {
    if (p.inferred)
      flags.push({ key: `person-${i}`, label: t('flag.person'), text: p.note ? pick(p.note) : '' });
  });

  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-card shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {visit.drafted && (
              <span className="mr-2 rounded bg-violet-100 px-1.5 text-xs font-medium text-violet-900 dark:bg-violet-900 dark:text-violet-100">
                {t('card.drafted')}
              </span>
            )}
            {visit.date === null ? (
              t('card.noDate')
            ) : (
              <time dateTime={visit.date}>{formatDate(visit.date, lang)}</time>
            )}
            {' · '}
            {visit.timeOfDay ? t(`time.${visit.timeOfDay}`) : t('time.unknown')}
            <span className="ml-2 text-xs">
              {lang === 'zh' ? '（' : '('}
              {t('card.asWritten', { text: visit.dateText })}
              {lang === 'zh' ? '）' : ')'}
            </span>
          </p>
          <h3
            id={headingId}
            className="mt-1 text-lg font-semibold"
            lang={untranslated(visit.headline, lang) ? 'zh-CN' : undefined}
          >
            {pick(visit.headline)}
          </h3>
          {untranslated(visit.headline, lang) && <p className="text-xs">{t('card.untranslated')}</p>}
        </div>
        <SourceButton bulletinId={bulletin.id} evidence={visit.evidence} what={pick(visit.headline)} />
      </header>

      {flags.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {flags.map((f) => (
            <li key={f.key}>
              <Flag label={f.label} text={f.text} />
            </li>
          ))}
        </ul>
      )}

      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        <Field term={t('card.participants')}>
          <ul className="space-y-1">
            {!visit.participants.some((p) => p.role === 'lead') && (
              <li className="flex flex-wrap items-baseline gap-x-2">
                <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
                  {t('role.lead')}
                </span>
                <span className="text-amber-800 dark:text-amber-300">{t('card.leadUnknown')}</span>
              </li>
            )}
            {visit.participants.map((p, i) => {
              const person = p.personId ? index.people.get(p.personId) : undefined;
              return (
                <li key={i} className="flex flex-wrap items-baseline gap-x-2">
                  <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
                    {t(`role.${p.role}`)}
                  </span>
                  {person ? (
                    <button
                      type="button"
                      className="font-medium underline decoration-dotted underline-offset-2 hover:decoration-solid"
                      onClick={() => filterBy('person', person.id)}
                    >
                      <bdi>{pick(person.name)}</bdi>
                    </button>
                  ) : null}
                  {person && person.titles.length > 0 && (
                    <span className="text-slate-600 dark:text-slate-300">
                      <bdi>{listJoin(person.titles.map(pick), lang)}</bdi>
                    </span>
                  )}
                  {p.organizationId && (
                    <span>
                      <bdi>{organizationName(index, p.organizationId, lang)}</bdi>
                    </span>
                  )}
                  <SourceButton
                    bulletinId={bulletin.id}
                    evidence={p.evidence}
                    what={
                      person
                        ? pick(person.name)
                        : p.organizationId
                          ? organizationName(index, p.organizationId, lang)
                          : ''
                    }
                    small
                  />
                  {p.note && !p.inferred && (
                    <span className="basis-full text-xs text-slate-600 dark:text-slate-300">
                      {pick(p.note)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </Field>

        <Field term={t('card.place')}>
          <PlacePath row={row} index={index} />
        </Field>

        {visit.inspected.length > 0 && (
          <Field term={t('card.inspected')}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {visit.inspected.map((item, i) => (
                <li key={i} className="inline-flex items-baseline gap-1">
                  <button
                    type="button"
                    className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
                    onClick={() => filterBy('place', item.placeId)}
                  >
                    <bdi>{placeName(index, item.placeId, lang)}</bdi>
                  </button>
                  <SourceButton
                    bulletinId={bulletin.id}
                    evidence={item.evidence}
                    what={placeName(index, item.placeId, lang)}
                    small
                  />
                </li>
              ))}
            </ul>
          </Field>
        )}

        <Field term={t('card.supplies')}>
          {visit.supplies.length === 0 ? (
            t('card.noSupplies')
          ) : (
            <ul className="flex flex-wrap gap-2">
              {visit.supplies.map((s, i) => {
                const type = index.supplyTypes.get(s.supplyTypeId);
                const color = colorFor('supply', s.supplyTypeId, index.facetValues.supply);
                return (
                  <li key={i}>
                    <button
                      type="button"
                      data-supply-color={color}
                      className="rounded-full border-2 px-2 py-0.5 text-slate-900 dark:text-slate-100"
                      style={{ borderColor: color, backgroundColor: `${color}26` }}
                      onClick={() => filterBy('supply', s.supplyTypeId)}
                      title={type ? pick(type.name) : s.supplyTypeId}
                    >
                      <bdi lang="zh-CN">{s.text}</bdi>
                      {s.quantity && (
                        <span className="ml-1 tabular-nums">
                          <bdi>{`${s.quantity.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} ${s.quantity.unit}`}</bdi>
                        </span>
                      )}
                      {lang === 'en' && type && (
                        <span className="ml-1 text-xs">
                          (<bdi>{pick(type.name)}</bdi>)
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </Field>

        {visit.remarks.length > 0 && (
          <Field term={t('card.remarks')}>
            <ul className="list-disc space-y-1 pl-5">
              {visit.remarks.map((r, i) => (
                <li key={i}>
                  {pick(r.text)}{' '}
                  <SourceButton
                    bulletinId={bulletin.id}
                    evidence={r.evidence}
                    what={firstGraphemes(pick(r.text), 20)}
                    small
                  />
                </li>
              ))}
            </ul>
          </Field>
        )}

        {notes.length > 0 && (
          <Field term={t('card.notes')}>
            <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-200">
              {notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </Field>
        )}
      </dl>
    </article>
  );
}

function PlacePath({ row, index }: { row: VisitRow; index: DatasetIndex }) {
  const { lang, t } = useI18n();
  const { filterBy } = usePageActions();
  const parts: ReactNode[] = row.placePath.map((id, i) => {
    const name = placeName(index, id, lang);
    const isDistrict = id === row.districtId;
    return (
      <span key={id} className="inline-flex items-baseline gap-1">
        {i > 0 && <span aria-hidden="true">›</span>}
        <button
          type="button"
          className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
          onClick={() => filterBy(isDistrict ? 'district' : 'place', id)}
        >
          <bdi>{name}</bdi>
        </button>
        {isDistrict && row.visit.districtInferred && (
          <span className="rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            {t('flag.district')}
          </span>
        )}
      </span>
    );
  });
  return <span className="inline-flex flex-wrap items-baseline gap-1">{parts}</span>;
}

/** A flag badge: the explanation is one click away (a disclosure button). */
export function Flag({ label, text }: { label: string; text: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
        className="rounded-full border border-amber-500 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
      >
        ⚠ {label}
      </button>
      <span id={id} hidden={!open} className="mt-1 max-w-prose text-xs text-amber-950 dark:text-amber-100">
        {text}
      </span>
    </span>
  );
}

/** ¶ and "show in source" of the card: the shared button, with the card's bulletin. */
function SourceButton({
  bulletinId,
  evidence,
  what,
  small,
}: {
  bulletinId: string;
  evidence: Evidence;
  what: string;
  small?: boolean;
}) {
  return (
    <SharedSourceButton
      evidence={{ bulletinId, paragraph: evidence.paragraph, quote: evidence.quote }}
      what={what}
      compact={small ?? false}
    />
  );
}

/** One line of the card: what it is (participants, place, supplies…) and what the visit says of it. */
function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600 dark:text-slate-300">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
