import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { datasetQueryOptions } from '../../data/dataset-query';
import { closeLibrary, readLibrary, saveBulletin } from '../../data/library';
import { userBulletin } from '../../testing/user-bulletin';
import { captureDownloads } from '../../testing/downloads';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders, testQueryClient } from '../../testing/render';
import { MissingBulletins } from './missing-bulletins';
import { MyBulletins } from './my-bulletins';

const bundled = fixture('small');
const saved = captureDownloads();

function setup() {
  const client = testQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, bundled);
  const onEdit = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<MyBulletins onEdit={onEdit} />, { lang: 'zh', client });
  return { user, onEdit };
}

beforeEach(async () => {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
});

/** The library holds user-a, shown; `changed` is user-a in another form (its title changed), to import. */
async function libraryWithUserA() {
  await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
  const { user } = setup();
  await screen.findByText('测试公告 user-a');
  const changed = userBulletin({ id: 'user-a' });
  changed.bulletins[0]!.title = { zh: '改过的标题' };
  return { user, changed };
}

describe('我的公告', () => {
  it('lists saved bulletins, opens one for editing, deletes it and undoes the deletion', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    const { user, onEdit } = setup();
    const section = await screen.findByRole('region', { name: '我的公告' });
    expect(await within(section).findByText('测试公告 user-a')).toBeInTheDocument();
    expect(section).toHaveTextContent('1 次走访');

    await user.click(screen.getByRole('button', { name: '修改“测试公告 user-a”' }));
    expect(onEdit).toHaveBeenCalledWith('user-a');

    await user.click(screen.getByRole('button', { name: '删除“测试公告 user-a”' }));
    expect(await screen.findByText('已删除“测试公告 user-a”。')).toBeInTheDocument();
    expect(screen.queryByText('测试公告 user-a')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await within(section).findByText('测试公告 user-a')).toBeInTheDocument();
    expect((await readLibrary()).entries).toHaveLength(1);
  });

  it('exports the whole library as one valid dataset file', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await saveBulletin(userBulletin({ id: 'user-b', visitId: 'v-b' }), bundled);
    const { user } = setup();
    await screen.findByText('测试公告 user-b');
    await user.click(screen.getByRole('button', { name: '导出全部' }));
    expect(await screen.findByText('已导出 2 篇公告。')).toBeInTheDocument();
    expect(saved[0]!.name).toMatch(/^my-bulletins-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await saved[0]!.blob.text()) as { bulletins: { id: string }[] };
    expect(exported.bulletins.map((b) => b.id)).toEqual(['user-a', 'user-b']);
  });

  it('imports files and says what it added, replaced or refused, and why', async () => {
    const { user, changed } = await libraryWithUserA();
    const clash = userBulletin({
      id: 'user-c',
      visitId: 'v-c',
      district: { id: 'anhua-county', zh: '安华县' },
    });
    const files = [
      new File([JSON.stringify(changed)], 'changed.json', { type: 'application/json' }),
      new File([JSON.stringify(userBulletin({ id: 'user-b', visitId: 'v-b' }))], 'new.json'),
      new File([JSON.stringify(clash)], 'clash.json'),
      new File(['not json'], 'broken.json'),
    ];
    await user.upload(screen.getByLabelText('导入文件'), files);
    // The library holds user-a in another form: nothing is written before the user says what to do.
    const ask = await screen.findByRole('alertdialog', {
      name: '1 个公告在库中已有不同的版本。导入哪一份？',
    });
    expect((await readLibrary()).entries.map((e) => e.dataset.bulletins[0]!.title.zh)).toEqual([
      '测试公告 user-a',
    ]);
    await user.click(within(ask).getByRole('radio', { name: '替换' }));
    await user.click(within(ask).getByRole('button', { name: '导入' }));
    const status = await screen.findByText('导入结果');
    const report = status.parentElement!;
    expect(report).toHaveTextContent('已替换“改过的标题”（changed.json）');
    expect(report).toHaveTextContent('已添加“测试公告 user-b”（new.json）');
    expect(report).toHaveTextContent(
      '未导入“user-c”（clash.json）：地点“anhua-county”的 name 与公告“user-a”中的定义不同',
    );
    expect(report).toHaveTextContent('未导入文件 broken.json：不是有效的 JSON');
    expect(await screen.findByText('测试公告 user-b')).toBeInTheDocument();

    // The import is undone: user-a as it was, user-b gone.
    await user.click(screen.getByRole('button', { name: '撤销导入' }));
    expect(await screen.findByText('已撤销导入：2 个公告恢复原样。')).toBeInTheDocument();
    expect((await readLibrary()).entries.map((e) => e.dataset.bulletins[0]!.title.zh)).toEqual([
      '测试公告 user-a',
    ]);
    expect(await screen.findByText('测试公告 user-a')).toBeInTheDocument();
  });

  it('asks about a bulletin held in another form: skip leaves it, keep both adds a copy', async () => {
    const { user, changed } = await libraryWithUserA();
    const file = () => new File([JSON.stringify(changed)], 'changed.json');

    await user.upload(screen.getByLabelText('导入文件'), [file()]);
    let ask = await screen.findByRole('alertdialog');
    expect(within(ask).getByRole('radio', { name: '跳过' })).toBeChecked();
    await user.click(within(ask).getByRole('button', { name: '导入' }));
    expect(
      await screen.findByText('跳过了“改过的标题”，库中的版本未改动（changed.json）'),
    ).toBeInTheDocument();

    await user.upload(await screen.findByLabelText('导入文件'), [file()]);
    ask = await screen.findByRole('alertdialog');
    await user.click(within(ask).getByRole('radio', { name: '两份都保留' }));
    await user.click(within(ask).getByRole('button', { name: '导入' }));
    expect(
      await screen.findByText('“改过的标题”两份都保留：导入的一份存为“user-a-2”（changed.json）'),
    ).toBeInTheDocument();
    expect((await readLibrary()).entries.map((e) => [e.id, e.dataset.bulletins[0]!.title.zh])).toEqual([
      ['user-a', '测试公告 user-a'],
      ['user-a-2', '改过的标题'],
    ]);
  });

  it('says that an unchanged backup changed nothing, and keeps the saved times it carries', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await saveBulletin(
      userBulletin({
        id: 'user-b',
        visitId: 'v-b',
        person: { id: 'li-hongmei', zh: '李红梅', title: '副主任' },
      }),
      bundled,
    );
    await saveBulletin(
      userBulletin({ id: 'user-c', visitId: 'v-c', person: { id: 'wang-jun', zh: '王军' } }),
      bundled,
    );
    const { user } = setup();
    await screen.findByText('测试公告 user-c');
    await user.click(screen.getByRole('button', { name: '导出全部' }));
    await screen.findByText('已导出 3 篇公告。');
    const backup = await saved[0]!.blob.text();
    const before = (await readLibrary()).entries.map((e) => [e.id, e.version, e.updatedAt]);

    await user.upload(screen.getByLabelText('导入文件'), [new File([backup], 'backup.json')]);
    expect(await screen.findByText('3 个公告已是最新，未更改')).toBeInTheDocument();
    expect((await readLibrary()).entries.map((e) => [e.id, e.version, e.updatedAt])).toEqual(before);

    // Into another browser: each bulletin keeps the time it was saved, not the time of the import.
    await closeLibrary();
    globalThis.indexedDB = new IDBFactory();
    await user.upload(await screen.findByLabelText('导入文件'), [new File([backup], 'backup.json')]);
    await screen.findByText('已添加“测试公告 user-c”（backup.json）');
    expect((await readLibrary()).entries.map((e) => [e.id, e.updatedAt])).toEqual(
      before.map(([id, , time]) => [id, time]),
    );
  });

  it('offers damaged records as a file and deletes them, one or all, the rest untouched', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await closeLibrary();
    // Damage written straight into IndexedDB: two deletions and a saved entry that do not read.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('yiyang-bulletin-library');
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
        tx.objectStore('trash').put({ id: 'broken-trash', entry: null, deletedAt: Date.now() });
        tx.objectStore('trash').put({ id: 'odd-trash', entry: { id: 'x', dataset: 7 }, deletedAt: 'soon' });
        tx.objectStore('bulletins').put({ id: 'broken-entry', dataset: { bulletins: 7 } });
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = setup();
    const section = await screen.findByRole('region', { name: '我的公告' });
    expect(await within(section).findByText(/已删除的“broken-trash”无法读取/)).toBeInTheDocument();

    // One, downloaded as it was stored, then deleted.
    await user.click(within(section).getByRole('button', { name: '下载损坏的记录“broken-trash”' }));
    // Read from the library first: the file comes a moment after the click.
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('damaged-trash-broken-trash.json');
    expect(JSON.parse(await saved[0]!.blob.text())).toEqual({
      store: 'trash',
      key: 'broken-trash',
      value: { id: 'broken-trash', entry: null, deletedAt: expect.any(Number) as number },
    });
    await user.click(within(section).getByRole('button', { name: '删除损坏的记录“broken-trash”' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(await within(section).findByText('已删除损坏的记录“broken-trash”。')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(section).queryByText(/已删除的“broken-trash”无法读取/)).not.toBeInTheDocument(),
    );
    expect(within(section).getByText(/已删除的“odd-trash”无法读取/)).toBeInTheDocument();

    // All that are left: one file holding each, then none left; the saved bulletin stays.
    await user.click(within(section).getByRole('button', { name: '下载全部损坏的记录（2）' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const all = JSON.parse(await saved[1]!.blob.text()) as { store: string; key: string }[];
    expect(all.map((r) => `${r.store}:${r.key}`).sort()).toEqual([
      'bulletins:broken-entry',
      'trash:odd-trash',
    ]);
    await user.click(within(section).getByRole('button', { name: '删除全部损坏的记录（2）' }));
    expect(await within(section).findByText('已删除 2 条损坏的记录。')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(section).queryByText(/无法读取|未通过格式校验/)).not.toBeInTheDocument(),
    );
    expect((await readLibrary()).invalid).toEqual([]);
    expect((await readLibrary()).entries.map((e) => e.id)).toEqual(['user-a']);
    expect(within(section).getByText('测试公告 user-a')).toBeInTheDocument();
  });

  it('deletes no damaged record unless the user confirms', async () => {
    await closeLibrary();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('yiyang-bulletin-library', 2);
      request.onupgradeneeded = () => {
        for (const name of ['bulletins', 'trash']) request.result.createObjectStore(name, { keyPath: 'id' });
        for (const name of ['draft', 'meta']) request.result.createObjectStore(name);
        request.result.createObjectStore('queue', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('trash', 'readwrite');
        tx.objectStore('trash').put({ id: 'broken-trash', entry: null, deletedAt: Date.now() });
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    });
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = setup();
    const section = await screen.findByRole('region', { name: '我的公告' });
    await user.click(await within(section).findByRole('button', { name: '删除损坏的记录“broken-trash”' }));
    expect(within(section).getByText(/已删除的“broken-trash”无法读取/)).toBeInTheDocument();
    expect((await readLibrary()).invalid.map((r) => r.id)).toEqual(['broken-trash']);
  });

  it('says when the library cannot be kept in this browser', async () => {
    // @ts-expect-error: private mode, no IndexedDB
    delete globalThis.indexedDB;
    setup();
    expect(await screen.findByRole('alert')).toHaveTextContent('无法使用本地存储');
  });
});

describe('a link to a bulletin this browser lacks', () => {
  it('says it is missing and how to bring it here', () => {
    renderWithProviders(<MissingBulletins ids={['user-x']} />, { lang: 'zh', client: testQueryClient() });
    expect(screen.getByRole('note')).toHaveTextContent('链接中的公告 “user-x” 不在此浏览器中');
  });
});
