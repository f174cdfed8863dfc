/**
 * Test support for the library and merge tests: a small one-bulletin dataset of the user's kind, made up here
 * (no real bulletin), with one visit, one person, a district › village chain and one supply type.
 */
import type { WritableDataset } from '../data/schema';

export type UserBulletinOptions = {
  id?: string;
  visitId?: string;
  person?: { id: string; zh: string; en?: string; title?: string };
  district?: { id: string; zh: string };
  village?: { id: string; zh: string };
  supply?: { id: string; zh: string };
};

export function userBulletin(options: UserBulletinOptions = {}): WritableDataset {
  const id = options.id ?? 'user-a';
  const person = options.person ?? {
    id: 'li-hongmei',
    zh: '李红梅',
    en: 'Li Hongmei',
    title: '县人大常委会主任',
  };
  const district = options.district ?? { id: 'anhua-county', zh: '安化县' };
  const village = options.village ?? { id: 'qingshan-village', zh: '青山村' };
  const supply = options.supply ?? { id: 'mask', zh: '口罩' };
  const line = `2月11日上午，${person.zh}到${district.zh}${village.zh}送去${supply.zh}500个。`;
  return {
    schemaVersion: 1,
    bulletins: [
      {
        id,
        title: { zh: `测试公告 ${id}` },
        publisher: { zh: '测试县人大' },
        publishedAt: '2020-02-12T10:30:00+08:00',
        paragraphs: [`测试公告 ${id}`, line],
        visits: [
          {
            id: options.visitId ?? `v-${id}`,
            headline: { zh: `${person.zh}到${village.zh}` },
            date: '2020-02-11',
            dateText: '2月11日上午',
            dateCertain: true,
            timeOfDay: 'morning',
            placeId: village.id,
            districtId: district.id,
            districtInferred: false,
            participants: [
              {
                personId: person.id,
                role: 'lead',
                evidence: { paragraph: 1, quote: person.zh },
                drafted: true,
              },
            ],
            supplies: [
              {
                supplyTypeId: supply.id,
                text: supply.zh,
                quantity: { value: 500, unit: '个' },
                evidence: { paragraph: 1, quote: `${supply.zh}500个` },
                drafted: true,
              },
            ],
            inspected: [],
            remarks: [],
            evidence: { paragraph: 1, quote: line },
            drafted: true,
          },
        ],
        drafted: true,
      },
    ],
    people: [
      {
        id: person.id,
        name: person.en ? { zh: person.zh, en: person.en } : { zh: person.zh },
        titles: person.title ? [{ zh: person.title }] : [],
      },
    ],
    organizations: [],
    places: [
      { id: district.id, name: { zh: district.zh }, kind: 'county', parentId: null },
      { id: village.id, name: { zh: village.zh }, kind: 'village', parentId: district.id },
    ],
    supplyTypes: [{ id: supply.id, name: { zh: supply.zh } }],
  };
}
