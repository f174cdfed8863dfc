import { fixture } from '../testing/fixtures';
import { joinLibrary, mergeDatasets, planImport, resolveClashes, splitBulletins } from './merge';
import { datasetSchema } from './schema';
import { userBulletin } from '../testing/user-bulletin';

const bundled = fixture('small');

describe('mergeDatasets', () => {
  it('gives the bundled dataset itself when the library is empty', () => {
    expect(mergeDatasets(bundled, []).dataset).toBe(bundled);
  });

  it('adds library bulletins with their people and places, and the result is a valid dataset', () => {
    const { dataset, refused } = mergeDatasets(bundled, [userBulletin({ id: 'user-a' })]);
    expect(refused).toEqual([]);
    expect(dataset.bulletins.map((b) => b.id)).toEqual([...bundled.bulletins.map((b) => b.id), 'user-a']);
    expect(dataset.people.some((p) => p.id === 'li-hongmei')).toBe(true);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('shares an id defined the same way once, joining titles and English', () => {
    const a = userBulletin({ id: 'user-a', person: { id: 'li-hongmei', zh: '李红梅', title: '主任' } });
    const b = userBulletin({
      id: 'user-b',
      visitId: 'v-b',
      village: { id: 'hongshan-village', zh: '红山村' },
      person: { id: 'li-hongmei', zh: '李红梅', en: 'Li Hongmei', title: '副主任' },
    });
    const { dataset, refused } = mergeDatasets(bundled, [a, b]);
    expect(refused).toEqual([]);
    const people = dataset.people.filter((p) => p.id === 'li-hongmei');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toEqual({ zh: '李红梅', en: 'Li Hongmei' });
    expect(people[0]!.titles.map((t) => t.zh)).toEqual(['主任', '副主任']);
    expect(dataset.places.filter((p) => p.id === 'anhua-county')).toHaveLength(1);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('refuses a bulletin whose definition under a known id disagrees, and says which and with whom', () => {
    const a = userBulletin({ id: 'user-a' });
    const b = userBulletin({
      id: 'user-b',
      visitId: 'v-b',
      village: { id: 'qingshan-village', zh: '清山村' },
    });
    const { dataset, refused } = mergeDatasets(bundled, [a, b]);
    expect(dataset.bulletins.map((x) => x.id)).not.toContain('user-b');
    expect(refused).toEqual([
      {
        bulletinId: 'user-b',
        problem: { code: 'conflict', kind: 'places', id: 'qingshan-village', field: 'name', with: 'user-a' },
      },
    ]);
    expect(dataset.places.find((p) => p.id === 'qingshan-village')!.name.zh).toBe('青山村');
  });

  it('refuses a bulletin that reuses a bundled id, or a visit id of another bulletin', () => {
    const bundledId = bundled.bulletins[0]!.id;
    const sameId = userBulletin({ id: bundledId, visitId: 'v-x' });
    const visitTaken = userBulletin({ id: 'user-c', visitId: bundled.bulletins[0]!.visits[0]!.id });
    const { refused } = mergeDatasets(bundled, [sameId, visitTaken]);
    expect(refused.map((r) => r.problem.code)).toEqual(['bundled', 'visit-id']);
  });
});

describe('splitBulletins', () => {
  it('cuts a dataset into one-bulletin datasets with only what each refers to, parents included', () => {
    const joined = joinLibrary([
      userBulletin({ id: 'user-a' }),
      userBulletin({ id: 'user-b', visitId: 'v-b', person: { id: 'wang-jun', zh: '王军' } }),
    ]).dataset!;
    const parts = splitBulletins(joined);
    expect(parts).toHaveLength(2);
    expect(parts[1]!.people.map((p) => p.id)).toEqual(['wang-jun']);
    expect(parts[1]!.places.map((p) => p.id).sort()).toEqual(['anhua-county', 'qingshan-village']);
    for (const part of parts) expect(datasetSchema.safeParse(part).success).toBe(true);
  });
});

describe('planImport', () => {
  const a = userBulletin({ id: 'user-a' });

  it('adds new ids, replaces changed ones, and knows an unchanged one', () => {
    const changed = userBulletin({ id: 'user-a' });
    changed.bulletins[0]!.title = { zh: '改过的标题' };
    const fresh = userBulletin({ id: 'user-b', visitId: 'v-b' });
    const decisions = planImport(
      bundled,
      [a],
      [
        { file: 'one.json', dataset: changed },
        { file: 'one.json', dataset: fresh },
        { file: 'two.json', dataset: fresh },
      ],
    );
    expect(decisions.map((d) => [d.kind, d.bulletinId, d.file])).toEqual([
      ['differs', 'user-a', 'one.json'],
      ['added', 'user-b', 'one.json'],
      ['unchanged', 'user-b', 'two.json'],
    ]);
  });

  it('refuses a bundled id and a conflicting definition, with reasons', () => {
    const bundledId = userBulletin({ id: bundled.bulletins[0]!.id, visitId: 'v-z' });
    const clash = userBulletin({
      id: 'user-c',
      visitId: 'v-c',
      district: { id: 'anhua-county', zh: '安华县' },
    });
    const decisions = planImport(
      bundled,
      [a],
      [
        { file: 'x.json', dataset: bundledId },
        { file: 'x.json', dataset: clash },
      ],
    );
    expect(decisions[0]).toMatchObject({ kind: 'refused', problem: { code: 'bundled' } });
    expect(decisions[1]).toMatchObject({
      kind: 'refused',
      bulletinId: 'user-c',
      problem: { code: 'conflict', kind: 'places', id: 'anhua-county', field: 'name', with: 'user-a' },
    });
  });

  it('knows its own backup: a library exported and read back is unchanged, bulletin by bulletin', () => {
    // Three bulletins that share a person (with titles of their own) and a district: the export joins the
    // person's titles and lists the definitions in its own order.
    const parts = [
      userBulletin({ id: 'user-a', person: { id: 'li', zh: '李红梅', title: '主任' } }),
      userBulletin({
        id: 'user-b',
        visitId: 'v-b',
        person: { id: 'li', zh: '李红梅', title: '副书记' },
        village: { id: 'shiling-village', zh: '石岭村' },
      }),
      userBulletin({
        id: 'user-c',
        visitId: 'v-c',
        person: { id: 'wang', zh: '王军' },
        village: { id: 'shiling-village', zh: '石岭村' },
      }),
    ];
    const backup = joinLibrary(parts).dataset!;
    const incoming = splitBulletins(backup).map((dataset) => ({ file: 'backup.json', dataset }));
    expect(planImport(bundled, parts, incoming).map((d) => d.kind)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    // A change to one bulletin's text is still a change.
    incoming[1]!.dataset = structuredClone(incoming[1]!.dataset);
    incoming[1]!.dataset.bulletins[0]!.title = { zh: '改过的标题' };
    expect(planImport(bundled, parts, incoming).map((d) => d.kind)).toEqual([
      'unchanged',
      'differs',
      'unchanged',
    ]);
  });

  it('lets a replacement change what only the replaced bulletin defined', () => {
    const renamed = userBulletin({ id: 'user-a', village: { id: 'qingshan-village', zh: '清山村' } });
    expect(planImport(bundled, [a], [{ file: 'f.json', dataset: renamed }])[0]!.kind).toBe('differs');
  });
});

describe('resolveClashes', () => {
  it('renames what a new bulletin would clash on, and it then merges', () => {
    const a = userBulletin({ id: 'user-a' });
    const b = userBulletin({ id: 'user-a', village: { id: 'qingshan-village', zh: '清山村' } });
    const fixed = resolveClashes(b, [a], bundled);
    expect(fixed.bulletins[0]!.id).toBe('user-a-2');
    expect(fixed.bulletins[0]!.visits[0]!.id).toBe('v-user-a-2');
    expect(fixed.bulletins[0]!.visits[0]!.placeId).toBe('qingshan-village-2');
    const { refused, dataset } = mergeDatasets(bundled, [a, fixed]);
    expect(refused).toEqual([]);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });
});
