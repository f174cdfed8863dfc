/**
 * Test fixtures, all loaded through `fixture(name)`:
 * - 'small': made for the component tests, NOT from any real bulletin. One bulletin of five short paragraphs,
 *   four visits in two made-up districts (东区 ×3, 西区 ×1), with what the components must handle: a street
 *   level, a person who only entrusted another (did not go), supplies written two ways (口罩 / 医用口罩), a supply
 *   id the colour tokens do not name (gloves), a stated quantity (口罩800个), a visit whose date the text does
 *   not give, an inferred district and a note. Its counts are written beside it, so tests read them from here.
 * - 'tiny': two visits, one field each; for tests that break one field at a time.
 * - 'bundled': the shipped public/data/dataset.json. Only src/data/dataset.test.ts (the tests of the bundled
 *   reading of the bulletin) and a few export tests that must see real text use it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Place, SupplyType, Visit, WritableDataset } from '../data/schema';

export const datasetPath = resolve(process.cwd(), 'public/data/dataset.json');
export const bulletinTextPath = resolve(process.cwd(), 'data/source/bulletin.txt');

export type FixtureName = 'small' | 'tiny' | 'bundled';

/** A fresh copy of a fixture (tests may change it). */
export function fixture(name: FixtureName): WritableDataset {
  switch (name) {
    case 'bundled':
      return JSON.parse(readFileSync(datasetPath, 'utf8')) as WritableDataset;
    case 'tiny':
      return tinyDataset();
    case 'small':
      return smallDataset();
  }
}

const ev = (paragraph: number, quote: string) => ({ paragraph, quote });
const place = (id: string, zh: string, en: string, kind: Place['kind'], parentId: string | null): Place => ({
  id,
  name: { zh, en },
  kind,
  parentId,
});
/** The two made-up districts both fixtures are set in, and the two supplies both hand out. */
const districts = (): Place[] => [
  place('east', '东区', 'East District', 'district', null),
  place('west', '西区', 'West District', 'district', null),
];
const maskAndAlcohol = (): SupplyType[] => [
  { id: 'mask', name: { zh: '口罩', en: 'Mask' } },
  { id: 'alcohol', name: { zh: '酒精', en: 'Alcohol' } },
];
/**
 * A visit as most fixture visits are: its district stated, nothing inspected, no remark (unless given). The
 * visits still spell out their other fields, each its own: they are what the tests read (same shape, not a copy).
 */
const visit = (
  v: Omit<Visit, 'districtInferred' | 'inspected' | 'remarks'> &
    Partial<Pick<Visit, 'districtInferred' | 'inspected' | 'remarks'>>,
): Visit => ({ districtInferred: false, inspected: [], remarks: [], ...v });

/** The counts of the small fixture, for assertions. */
export const small = {
  visits: 4,
  /** People who went (leads and accompanying). */
  present: 4,
  /** People who only entrusted someone. */
  entrusted: 1,
  districts: { east: 3, west: 1 },
  supplies: { mask: 3, gloves: 1, alcohol: 2 },
  variants: { 口罩: 2, 医用口罩: 1, 手套: 1, 酒精: 2 },
} as const;

const P = [
  '测试公告：区领导走访社区',
  '2月3日上午,甲带领乙单位到东区一号街道一号社区,送去口罩800个、酒精。',
  '2月3日下午,丙到东区一号街道二号社区,送去医用口罩和手套。丙要求做好登记。',
  '受丁委托,戊到东区三号村送去口罩。',
  '己到西区四号社区送去酒精。',
];

function smallDataset(): WritableDataset {
  return {
    schemaVersion: 1,
    bulletins: [
      {
        id: 'small-bulletin',
        title: { zh: '测试公告：区领导走访社区', en: 'Test bulletin: district leaders visit communities' },
        publisher: { zh: '测试单位', en: 'Test publisher' },
        publishedAt: '2020-02-04T10:00:00+08:00',
        paragraphs: [...P],
        visits: [
          visit({
            id: 'visit-a',
            headline: { zh: '甲到一号社区', en: 'A visits Community One' },
            date: '2020-02-03',
            dateText: '2月3日上午',
            dateCertain: true,
            timeOfDay: 'morning',
            placeId: 'community-one',
            districtId: 'east',
            participants: [
              { personId: 'person-a', role: 'lead', evidence: ev(1, '甲带领') },
              { organizationId: 'unit-b', role: 'delegation', evidence: ev(1, '乙单位') },
            ],
            supplies: [
              {
                supplyTypeId: 'mask',
                text: '口罩',
                quantity: { value: 800, unit: '个' },
                evidence: ev(1, '口罩800个'),
              },
              { supplyTypeId: 'alcohol', text: '酒精', quantity: null, evidence: ev(1, '酒精') },
            ],
            evidence: ev(1, P[1]!),
          }),
          visit({
            id: 'visit-c',
            headline: { zh: '丙到二号社区', en: 'C visits Community Two' },
            date: '2020-02-03',
            dateText: '2月3日下午',
            dateCertain: true,
            timeOfDay: 'afternoon',
            placeId: 'community-two',
            districtId: 'east',
            participants: [{ personId: 'person-c', role: 'lead', evidence: ev(2, '丙到') }],
            supplies: [
              { supplyTypeId: 'mask', text: '医用口罩', quantity: null, evidence: ev(2, '医用口罩') },
              { supplyTypeId: 'gloves', text: '手套', quantity: null, evidence: ev(2, '手套') },
            ],
            remarks: [
              { text: { zh: '做好登记', en: 'Keep a register.' }, evidence: ev(2, '丙要求做好登记') },
            ],
            evidence: ev(2, P[2]!),
          }),
          visit({
            id: 'visit-e',
            headline: { zh: '戊受丁委托到三号村', en: 'E visits Village Three for D' },
            date: null,
            dateText: '未注明',
            dateCertain: false,
            dateNote: { zh: '原文未写日期。', en: 'The text gives no date.' },
            timeOfDay: null,
            placeId: 'village-three',
            districtId: 'east',
            districtInferred: true,
            participants: [
              { personId: 'person-e', role: 'lead', evidence: ev(3, '戊到') },
              { personId: 'person-d', role: 'entrusted-by', evidence: ev(3, '受丁委托') },
            ],
            supplies: [{ supplyTypeId: 'mask', text: '口罩', quantity: null, evidence: ev(3, '送去口罩') }],
            notes: [
              { zh: '原文未写区名，按村名推断为东区。', en: 'The district is inferred from the village.' },
            ],
            evidence: ev(3, P[3]!),
          }),
          visit({
            id: 'visit-f',
            headline: { zh: '己到四号社区', en: 'F visits Community Four' },
            date: '2020-02-05',
            dateText: '2月5日',
            dateCertain: false,
            dateNote: { zh: '日期按前文推断。', en: 'The date is inferred from the text before.' },
            timeOfDay: null,
            placeId: 'community-four',
            districtId: 'west',
            participants: [{ personId: 'person-f', role: 'lead', evidence: ev(4, '己到') }],
            supplies: [{ supplyTypeId: 'alcohol', text: '酒精', quantity: null, evidence: ev(4, '酒精') }],
            evidence: ev(4, P[4]!),
          }),
        ],
      },
    ],
    people: [
      { id: 'person-a', name: { zh: '甲', en: 'Jia' }, titles: [{ zh: '区长', en: 'district head' }] },
      { id: 'person-c', name: { zh: '丙', en: 'Bing' }, titles: [] },
      { id: 'person-d', name: { zh: '丁', en: 'Ding' }, titles: [] },
      { id: 'person-e', name: { zh: '戊', en: 'Wu' }, titles: [] },
      { id: 'person-f', name: { zh: '己', en: 'Ji' }, titles: [] },
    ],
    organizations: [{ id: 'unit-b', name: { zh: '乙单位', en: 'Unit B' } }],
    places: [
      ...districts(),
      place('street-one', '一号街道', 'Street One', 'street', 'east'),
      place('community-one', '一号社区', 'Community One', 'community', 'street-one'),
      place('community-two', '二号社区', 'Community Two', 'community', 'street-one'),
      place('village-three', '三号村', 'Village Three', 'village', 'east'),
      place('community-four', '四号社区', 'Community Four', 'community', 'west'),
    ],
    supplyTypes: [...maskAndAlcohol(), { id: 'gloves', name: { zh: '手套', en: 'Gloves' } }],
  };
}

// A second dataset spelled out field by field, as the small one is: alike in shape, each read by its own tests.
function tinyDataset(): WritableDataset {
  return {
    schemaVersion: 1,
    bulletins: [
      {
        id: 'test-bulletin',
        title: { zh: '测试公告', en: 'Test bulletin' },
        publisher: { zh: '测试单位', en: 'Test publisher' },
        publishedAt: '2020-02-08T14:07:00+08:00',
        paragraphs: [
          '测试公告',
          '2月7日上午,甲带领乙单位到东区一号社区送去口罩。',
          '2月7日下午,乙到西区二号村送去酒精。',
        ],
        visits: [
          visit({
            id: 'visit-one',
            headline: { zh: '甲到一号社区', en: 'A visits Community One' },
            date: '2020-02-07',
            dateText: '2月7日上午',
            dateCertain: true,
            timeOfDay: 'morning',
            placeId: 'community-one',
            districtId: 'east',
            participants: [
              { personId: 'test-a', role: 'lead', evidence: ev(1, '甲带领') },
              { organizationId: 'org-b', role: 'delegation', evidence: ev(1, '乙单位') },
            ],
            supplies: [{ supplyTypeId: 'mask', text: '口罩', quantity: null, evidence: ev(1, '送去口罩') }],
            evidence: ev(1, '2月7日上午,甲带领乙单位到东区一号社区送去口罩。'),
          }),
          visit({
            id: 'visit-two',
            headline: { zh: '乙到二号村', en: 'B visits Village Two' },
            date: '2020-02-07',
            dateText: '2月7日下午',
            dateCertain: true,
            timeOfDay: 'afternoon',
            placeId: 'village-two',
            districtId: 'west',
            participants: [{ personId: 'test-b', role: 'lead', evidence: ev(2, '乙到') }],
            supplies: [
              { supplyTypeId: 'alcohol', text: '酒精', quantity: null, evidence: ev(2, '送去酒精') },
            ],
            evidence: ev(2, '2月7日下午,乙到西区二号村送去酒精。'),
          }),
        ],
      },
    ],
    people: [
      { id: 'test-a', name: { zh: '甲', en: 'Test A' }, titles: [] },
      { id: 'test-b', name: { zh: '乙', en: 'Test B' }, titles: [] },
    ],
    organizations: [{ id: 'org-b', name: { zh: '乙单位', en: 'Unit B' } }],
    places: [
      ...districts(),
      place('community-one', '一号社区', 'Community One', 'community', 'east'),
      place('village-two', '二号村', 'Village Two', 'village', 'west'),
    ],
    supplyTypes: maskAndAlcohol(),
  };
}
