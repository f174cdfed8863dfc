/**
 * The visits in view as CSV, and their supplies (one row each, amounts and units in columns of their own): RFC 4180 (fields with a comma, quote or line break are quoted, quotes doubled, lines
 * end in CRLF), UTF-8 with a byte order mark so that Excel reads the Chinese correctly, headers in the page
 * language. Pure.
 */
import { facetLabel, organizationName, personName, placeName } from '../../data/labels';
import { participantRoleOrder, type DatasetIndex, type VisitRow } from '../../data/select';
import type { Participant, ReadonlyDeep, ReadonlyVisit, Supply } from '../../data/schema';
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
// Leading spaces and invisible marks (BOM, bidi controls, which an isolated name begins with) are looked past.
const FORMULA_START =
  /^[\s\u00a0\u3000\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

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

/** The visits CSV: one row per visit, each fact in a column of its own. */
const columns: MessageKey[] = [
  'export.col.bulletinId',
  'export.col.bulletinTitle',
  'export.col.published',
  'export.col.id',
  'export.col.date',
  'export.col.dateText',
  'export.col.timeOfDay',
  'export.col.district',
  'export.col.town',
  'export.col.community',
  'export.col.place',
  'export.col.lead',
  'export.col.others',
  'export.col.entrusted',
  'export.col.orgs',
  'export.col.supplies',
  'export.col.headline',
  'export.col.flags',
  'export.col.notes',
];

/** Where a place kind goes in the visits CSV: the town or street level, or the community or village level. */
const townKinds: ReadonlySet<string> = new Set(['street', 'town', 'township']);
const communityKinds: ReadonlySet<string> = new Set(['community', 'village', 'residents-committee']);

/** A supply as written, with its amount where the text states one: "口罩 800个". */
const supplyInWords = (s: ReadonlyDeep<Supply>) =>
  s.quantity ? `${s.text} ${s.quantity.value}${s.quantity.unit}` : s.text;

function participantName(index: DatasetIndex, p: ReadonlyDeep<Participant>, lang: Lang): string {
  if (p.personId) return personName(index, p.personId, lang);
  return p.organizationId ? organizationName(index, p.organizationId, lang) : '';
}

/** Header and one row per visit in view, in the order of the view. */
export function visitsTable(index: DatasetIndex, rows: readonly VisitRow[], lang: Lang, t: T): string[][] {
  const sep = t('export.sep');
  const visits = visitsOfRows(rows);
  const body = rows.map(({ placePath: path, bulletin }, k) => {
    const visit = visits[k] as ReadonlyVisit;
    const kinds = path.map((id) => index.places.get(id)?.kind ?? '');
    // The path below the district: the first town or street, and the first community or village.
    const townId = path.find((id, i) => i > 0 && townKinds.has(kinds[i] as string));
    const communityId = path.find((id, i) => i > 0 && communityKinds.has(kinds[i] as string));
    const byRole = (keep: (p: ReadonlyDeep<Participant>) => boolean) =>
      visit.participants
        .filter(keep)
        .sort((a, b) => participantRoleOrder.indexOf(a.role) - participantRoleOrder.indexOf(b.role));
    const lead = byRole((p) => p.role === 'lead');
    // Others who went: people with them (not who only entrusted someone, not a unit: columns of their own).
    const others = byRole((p) => p.role !== 'lead' && p.role !== 'entrusted-by' && Boolean(p.personId));
    const entrusted = byRole((p) => p.role === 'entrusted-by');
    const orgs = byRole((p) => p.role !== 'entrusted-by' && !p.personId && Boolean(p.organizationId));
    const flags: string[] = [];
    if (!visit.dateCertain) flags.push(t('flag.date'));
    if (visit.districtInferred) flags.push(t('flag.district'));
    if (visit.participants.some((p) => p.inferred)) flags.push(t('flag.person'));
    // Each note once: the date note may also stand among the visit's notes.
    const notes = [
      ...new Set([visit.dateNote, ...(visit.notes ?? [])].flatMap((n) => (n ? [textIn(n, lang)] : []))),
    ];
    const names = (list: readonly ReadonlyDeep<Participant>[]) =>
      listJoin(
        list.map((p) => participantName(index, p, lang)),
        lang,
      );
    return [
      bulletin.id,
      textIn(bulletin.title, lang),
      bulletin.publishedAt ?? '',
      visit.id,
      visit.date ?? '',
      visit.dateText,
      visit.timeOfDay ? t(`time.${visit.timeOfDay}`) : t('time.unknown'),
      visit.districtId === null ? '' : placeName(index, visit.districtId, lang),
      townId ? placeName(index, townId, lang) : '',
      communityId ? placeName(index, communityId, lang) : '',
      visit.placeId === null ? '' : placeName(index, visit.placeId, lang),
      names(lead),
      others
        .map((p) =>
          t('export.participant', { name: participantName(index, p, lang), role: t(`role.${p.role}`) }),
        )
        .join(sep),
      names(entrusted),
      names(orgs),
      listJoin(visit.supplies.map(supplyInWords), 'zh'),
      textIn(visit.headline, lang),
      flags.join(sep),
      // One note per line of the cell: the notes are sentences with their own punctuation.
      notes.join('\n'),
    ];
  });
  return [columns.map((key) => t(key)), ...body];
}

/** The supplies CSV: one row per supply handed over, its amount and unit in columns of their own. */
const supplyColumns: MessageKey[] = [
  'export.col.bulletinId',
  'export.col.id',
  'export.col.date',
  'export.col.district',
  'export.col.supply',
  'export.col.supplyType',
  'export.col.supplyTypeId',
  'export.col.quantity',
  'export.col.unit',
  'export.col.quote',
];

/**
 * Header and one row per supply of the visits in view (in the order of the view, then as the visit lists them):
 * a quantity the text does not state is left empty, never 0; a number is written as a number (800, 1.5).
 */
export function suppliesTable(index: DatasetIndex, rows: readonly VisitRow[], lang: Lang, t: T): string[][] {
  const visits = visitsOfRows(rows);
  const body = rows.flatMap(({ bulletin }, k) => {
    const visit = visits[k] as ReadonlyVisit;
    const district = visit.districtId === null ? '' : placeName(index, visit.districtId, lang);
    return visit.supplies.map((s) => [
      bulletin.id,
      visit.id,
      visit.date ?? '',
      district,
      s.text,
      facetLabel(index, 'supply', s.supplyTypeId, lang),
      s.supplyTypeId,
      s.quantity ? String(s.quantity.value) : '',
      s.quantity?.unit ?? '',
      s.evidence.quote,
    ]);
  });
  return [supplyColumns.map((key) => t(key)), ...body];
}
