/**
 * Test fixtures.
 * - `realDataset()`: the bundled public/data/dataset.json, read from disk (the dataset users get).
 * - `tinyDataset()`: a small hand-made dataset in the same format, NOT from the bulletin: two visits by made-up
 *   people ("Test A", "Test B") in made-up places, for tests that need to break one field at a time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../data/schema';

export const datasetPath = resolve(process.cwd(), 'public/data/dataset.json');
export const bulletinTextPath = resolve(process.cwd(), 'data/source/bulletin.txt');

export function realDataset(): Dataset {
  return JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
}

const ev = (paragraph: number, quote: string) => ({ paragraph, quote });

export function tinyDataset(): Dataset {
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
          {
            id: 'visit-one',
            headline: { zh: '甲到一号社区', en: 'A visits Community One' },
            date: '2020-02-07',
            dateText: '2月7日上午',
            dateCertain: true,
            timeOfDay: 'morning',
            placeId: 'community-one',
            districtId: 'east',
            districtInferred: false,
            participants: [
              { personId: 'test-a', role: 'lead', evidence: ev(1, '甲带领') },
              { organizationId: 'org-b', role: 'delegation', evidence: ev(1, '乙单位') },
            ],
            supplies: [{ supplyTypeId: 'mask', text: '口罩', quantity: null, evidence: ev(1, '送去口罩') }],
            inspected: [],
            remarks: [],
            evidence: ev(1, '2月7日上午,甲带领乙单位到东区一号社区送去口罩。'),
          },
          {
            id: 'visit-two',
            headline: { zh: '乙到二号村', en: 'B visits Village Two' },
            date: '2020-02-07',
            dateText: '2月7日下午',
            dateCertain: true,
            timeOfDay: 'afternoon',
            placeId: 'village-two',
            districtId: 'west',
            districtInferred: false,
            participants: [{ personId: 'test-b', role: 'lead', evidence: ev(2, '乙到') }],
            supplies: [
              { supplyTypeId: 'alcohol', text: '酒精', quantity: null, evidence: ev(2, '送去酒精') },
            ],
            inspected: [],
            remarks: [],
            evidence: ev(2, '2月7日下午,乙到西区二号村送去酒精。'),
          },
        ],
      },
    ],
    people: [
      { id: 'test-a', name: { zh: '甲', en: 'Test A' }, titles: [] },
      { id: 'test-b', name: { zh: '乙', en: 'Test B' }, titles: [] },
    ],
    organizations: [{ id: 'org-b', name: { zh: '乙单位', en: 'Unit B' } }],
    places: [
      { id: 'east', name: { zh: '东区', en: 'East District' }, kind: 'district', parentId: null },
      { id: 'west', name: { zh: '西区', en: 'West District' }, kind: 'district', parentId: null },
      {
        id: 'community-one',
        name: { zh: '一号社区', en: 'Community One' },
        kind: 'community',
        parentId: 'east',
      },
      { id: 'village-two', name: { zh: '二号村', en: 'Village Two' }, kind: 'village', parentId: 'west' },
    ],
    supplyTypes: [
      { id: 'mask', name: { zh: '口罩', en: 'Mask' } },
      { id: 'alcohol', name: { zh: '酒精', en: 'Alcohol' } },
    ],
  };
}
