/**
 * The visits in view as CSV: RFC 4180 (fields with a comma, quote or line break are quoted, quotes doubled, lines
 * end in CRLF), UTF-8 with a byte order mark so that Excel reads the Chinese correctly, headers in the page
 * language. Pure.
 */
import { organizationName, personName, placeName } from '../../data/labels';
import { participantRoleOrder, type DatasetIndex, type VisitRow } from '../../data/select';
import type { Participant, Visit } from '../../data/schema';
import { visitsOfRows } from '../../data/lazy-visits';
import type { Lang, T } from '../../i18n/i18n';
import { textIn } from '../../i18n/text';
import type { MessageKey } from '../../i18n/zh';
import { listJoin } from '../../lib/format';

export const BOM = '\uFEFF';

/**
 * What a spreadsheet may run as a formula: a field whose first character other than white space (spaces, tabs,
 * line breaks, the ideographic space U+3000, no-break space, a stray BOM) is = + - @, or their full-width forms
 * ＝ ＋ － ＠ (which some spreadsheets fold to ASCII); and a field that starts with a tab or carriage return.
 */
const FORMULA_START = /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/**
 * One field. A field a spreadsheet could run as a formula (FORMULA_START) is prefixed with an apostrophe, so that
 * it shows as text (a user's own dataset could hold such text; the bundled one does not).
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const columns: MessageKey[] = [
  'export.col.date',
  'export.col.dateText',
  'export.col.timeOfDay',
  'export.col.district',
  'export.col.street',
  'export.col.community',
  'export.col.lead',
  'export.col.others',
  'export.col.supplies',
  'export.col.headline',
  'export.col.flags',
  'export.col.notes',
  'export.col.id',
];

function participantName(index: DatasetIndex, p: Participant, lang: Lang): string {
  if (p.personId) return personName(index, p.personId, lang);
  return p.organizationId ? organizationName(index, p.organizationId, lang) : '';
}

/** Header and one row per visit in view, in the order of the view. */
export function visitsTable(index: DatasetIndex, rows: readonly VisitRow[], lang: Lang, t: T): string[][] {
  const sep = t('export.sep');
  const visits = visitsOfRows(rows);
  const body = rows.map(({ placePath: path }, k) => {
    const visit = visits[k] as Visit;
    const kinds = path.map((id) => index.places.get(id)?.kind);
    const streetId = path[kinds.indexOf('street')];
    const communityId = path.find((id, i) => i > 0 && (kinds[i] === 'community' || kinds[i] === 'village'));
    const lead = visit.participants.filter((p) => p.role === 'lead');
    const others = visit.participants
      .filter((p) => p.role !== 'lead')
      .sort((a, b) => participantRoleOrder.indexOf(a.role) - participantRoleOrder.indexOf(b.role));
    const flags: string[] = [];
    if (!visit.dateCertain) flags.push(t('flag.date'));
    if (visit.districtInferred) flags.push(t('flag.district'));
    if (visit.participants.some((p) => p.inferred)) flags.push(t('flag.person'));
    // Each note once: the date note may also stand among the visit's notes.
    const notes = [
      ...new Set([visit.dateNote, ...(visit.notes ?? [])].flatMap((n) => (n ? [textIn(n, lang)] : []))),
    ];
    return [
      visit.date ?? '',
      visit.dateText,
      visit.timeOfDay ? t(`time.${visit.timeOfDay}`) : t('time.unknown'),
      visit.districtId === null ? '' : placeName(index, visit.districtId, lang),
      streetId ? placeName(index, streetId, lang) : '',
      communityId ? placeName(index, communityId, lang) : '',
      listJoin(
        lead.map((p) => participantName(index, p, lang)),
        lang,
      ),
      others
        .map((p) =>
          t('export.participant', { name: participantName(index, p, lang), role: t(`role.${p.role}`) }),
        )
        .join(sep),
      listJoin(
        visit.supplies.map((s) => (s.quantity ? `${s.text} ${s.quantity.value}${s.quantity.unit}` : s.text)),
        'zh',
      ),
      textIn(visit.headline, lang),
      flags.join(sep),
      // One note per line of the cell: the notes are sentences with their own punctuation.
      notes.join('\n'),
      visit.id,
    ];
  });
  return [columns.map((key) => t(key)), ...body];
}
