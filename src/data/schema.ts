/**
 * The one definition of the dataset format (public/data/dataset.json).
 *
 * Every type in the app is `z.infer` of these schemas, and public/data/dataset.schema.json is generated from
 * `datasetSchema` by `npm run data:schema`. Structural rules live in the zod objects; rules that need the whole
 * file (unique ids, references that resolve, quotes found verbatim in their paragraph) live in `checkDataset`,
 * which `datasetSchema` runs as a refinement so that a parse reports them with their paths.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "tan-xihua"')
  .describe('A stable id: lowercase letters, digits and single hyphens');

export const textSchema = z
  .object({
    zh: z.string().min(1, 'must not be empty'),
    en: z.string().min(1, 'must not be empty'),
  })
  .describe('A text in Chinese and its faithful English translation (names in pinyin)');

export const evidenceSchema = z
  .object({
    paragraph: z.number().int().nonnegative().describe('Index into the bulletin paragraphs, from 0'),
    quote: z.string().min(1, 'must not be empty').describe('A verbatim substring of that paragraph'),
  })
  .describe('Where a fact is stated in the bulletin');

export const placeKinds = ['district', 'street', 'community', 'village', 'road', 'site'] as const;
export const timesOfDay = ['morning', 'afternoon', 'evening'] as const;
export const participantRoles = ['lead', 'entrusted-by', 'accompanying', 'delegation'] as const;

export const personSchema = z.object({
  id,
  name: textSchema,
  titles: z.array(textSchema).describe('Titles as the bulletin gives them'),
});

export const organizationSchema = z.object({ id, name: textSchema });

export const placeSchema = z.object({
  id,
  name: textSchema,
  kind: z.enum(placeKinds),
  parentId: id.nullable(),
  divisionCode: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/, 'must be a 6, 9 or 12 digit statistical division code')
    .nullable()
    .optional()
    .describe('National statistical division code, where one exists'),
  note: textSchema.optional().describe('What a reader should know about this place or its code'),
});

export const supplyTypeSchema = z.object({ id, name: textSchema });

export const participantSchema = z
  .object({
    personId: id.optional(),
    organizationId: id.optional(),
    role: z.enum(participantRoles),
    inferred: z.boolean().optional().describe('True where the sentence does not name the person'),
    note: textSchema.optional(),
    evidence: evidenceSchema,
  })
  .refine((p) => p.personId !== undefined || p.organizationId !== undefined, {
    message: 'needs a personId or an organizationId',
  });

export const supplySchema = z.object({
  supplyTypeId: id,
  text: z.string().min(1).describe('The supply as written, e.g. "84消毒液"'),
  quantity: z
    .object({ value: z.number(), unit: z.string().min(1) })
    .nullable()
    .describe('null unless the text states an amount'),
  evidence: evidenceSchema,
});

export const visitSchema = z.object({
  id,
  headline: textSchema,
  date: z.iso.date('must be a date written YYYY-MM-DD'),
  dateText: z.string().min(1).describe('The date as written, e.g. "2月7日上午"'),
  dateCertain: z.boolean(),
  dateNote: textSchema.optional(),
  timeOfDay: z.enum(timesOfDay).nullable(),
  placeId: id,
  districtId: id,
  districtInferred: z.boolean(),
  participants: z.array(participantSchema).min(1, 'a visit needs at least one participant'),
  supplies: z.array(supplySchema),
  inspected: z.array(z.object({ placeId: id, evidence: evidenceSchema })),
  remarks: z.array(z.object({ text: textSchema, evidence: evidenceSchema })),
  notes: z.array(textSchema).optional(),
  evidence: evidenceSchema,
});

export const bulletinSchema = z.object({
  id,
  title: textSchema,
  publisher: textSchema,
  publishedAt: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' }),
  paragraphs: z
    .array(z.string().min(1, 'paragraphs must not be empty'))
    .min(1)
    .describe('The text verbatim, one entry per non-blank line, in order'),
  visits: z.array(visitSchema),
  notes: z.array(textSchema).optional().describe('What a reader should know about the bulletin as a whole'),
});

const datasetShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  bulletins: z.array(bulletinSchema).min(1, 'needs at least one bulletin'),
  people: z.array(personSchema),
  organizations: z.array(organizationSchema),
  places: z.array(placeSchema),
  supplyTypes: z.array(supplyTypeSchema),
});

export type Text = z.infer<typeof textSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type SupplyType = z.infer<typeof supplyTypeSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantRole = (typeof participantRoles)[number];
export type TimeOfDay = (typeof timesOfDay)[number];
export type Supply = z.infer<typeof supplySchema>;
export type Visit = z.infer<typeof visitSchema>;
export type Bulletin = z.infer<typeof bulletinSchema>;
export type Dataset = z.infer<typeof datasetShape>;

type Issue = { path: PropertyKey[]; message: string };

/** Whole-file rules: unique ids, references that resolve, evidence that quotes its paragraph verbatim. */
export function checkDataset(data: Dataset): Issue[] {
  const issues: Issue[] = [];
  const index = <T extends { id: string }>(items: T[], key: string) => {
    const map = new Map<string, T>();
    items.forEach((item, i) => {
      if (map.has(item.id)) issues.push({ path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
      else map.set(item.id, item);
    });
    return map;
  };
  const people = index(data.people, 'people');
  const orgs = index(data.organizations, 'organizations');
  const places = index(data.places, 'places');
  const supplies = index(data.supplyTypes, 'supplyTypes');
  index(data.bulletins, 'bulletins');
  const visitIds = new Map<string, true>();

  const ref = (map: Map<string, unknown>, value: string | undefined, path: PropertyKey[], what: string) => {
    if (value !== undefined && !map.has(value))
      issues.push({ path, message: `refers to unknown ${what} "${value}"` });
  };
  data.places.forEach((p, i) => {
    if (p.parentId !== null) ref(places, p.parentId, ['places', i, 'parentId'], 'place');
  });

  data.bulletins.forEach((b, bi) => {
    const evidence = (e: Evidence, path: PropertyKey[]) => {
      const paragraph = b.paragraphs[e.paragraph];
      if (paragraph === undefined) {
        issues.push({
          path: [...path, 'paragraph'],
          message: `paragraph ${e.paragraph} does not exist (the bulletin has ${b.paragraphs.length})`,
        });
      } else if (!paragraph.includes(e.quote)) {
        issues.push({
          path: [...path, 'quote'],
          message: `quote is not found verbatim in paragraph ${e.paragraph}`,
        });
      }
    };
    b.visits.forEach((v, vi) => {
      const at = ['bulletins', bi, 'visits', vi];
      if (visitIds.has(v.id)) issues.push({ path: [...at, 'id'], message: `duplicate id "${v.id}"` });
      visitIds.set(v.id, true);
      ref(places, v.placeId, [...at, 'placeId'], 'place');
      ref(places, v.districtId, [...at, 'districtId'], 'place');
      const district = places.get(v.districtId);
      if (district && district.kind !== 'district') {
        issues.push({
          path: [...at, 'districtId'],
          message: `"${v.districtId}" is a ${district.kind}, not a district`,
        });
      }
      evidence(v.evidence, [...at, 'evidence']);
      v.participants.forEach((p, i) => {
        ref(people, p.personId, [...at, 'participants', i, 'personId'], 'person');
        ref(orgs, p.organizationId, [...at, 'participants', i, 'organizationId'], 'organization');
        evidence(p.evidence, [...at, 'participants', i, 'evidence']);
      });
      v.supplies.forEach((s, i) => {
        ref(supplies, s.supplyTypeId, [...at, 'supplies', i, 'supplyTypeId'], 'supply type');
        evidence(s.evidence, [...at, 'supplies', i, 'evidence']);
      });
      v.inspected.forEach((s, i) => {
        ref(places, s.placeId, [...at, 'inspected', i, 'placeId'], 'place');
        evidence(s.evidence, [...at, 'inspected', i, 'evidence']);
      });
      v.remarks.forEach((r, i) => evidence(r.evidence, [...at, 'remarks', i, 'evidence']));
    });
  });
  return issues;
}

export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  for (const issue of checkDataset(data))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
