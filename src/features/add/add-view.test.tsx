import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetQueryOptions } from '../../data/dataset-query';
import {
  closeLibrary,
  emptyFields,
  loadDraft,
  readLibrary,
  saveBulletin,
  saveDraft,
} from '../../data/library';
import { userBulletin } from '../../testing/user-bulletin';
import { fixture } from '../../testing/fixtures';
import { captureDownloads } from '../../testing/downloads';
import { emptyStorageAndServedFiles, viewReady } from '../../testing/add-view-setup';
import { dragOver } from '../../testing/select-words';
import { renderWithProviders, testQueryClient } from '../../testing/render';
import { AddBulletinView } from './add-view';

// A look-alike bulletin written for these tests (the same as the browser test's): 安化县, 王立平, quantities.
const TEXT = readFileSync(resolve(process.cwd(), 'e2e/fixtures/anhua-bulletin.txt'), 'utf8');
const saved = captureDownloads();

function setup(target = 'new') {
  const client = testQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, fixture('small'));
  const onClose = vi.fn();
  const user = userEvent.setup();
  const view = renderWithProviders(<AddBulletinView target={target} onClose={onClose} />, {
    lang: 'zh',
    client,
  });
  return { user, onClose, ...view };
}

/** Selects `quote` inside the text region, as a user dragging over it would. */
function selectInSource(quote: string) {
  const region = screen.getByRole('region', { name: /原文/ });
  const paragraph = [...region.querySelectorAll<HTMLElement>('[data-paragraph]')].find((p) =>
    p.textContent?.includes(quote),
  )!;
  act(() => dragOver(paragraph, quote));
}

beforeEach(async () => {
  await emptyStorageAndServedFiles();
});
afterEach(() => vi.unstubAllGlobals());

describe('the add view', () => {
  it('drafts a pasted bulletin, takes a correction by selected words, says what is wrong, and saves', async () => {
    const { user, onClose } = setup();
    await viewReady();
    await user.click(screen.getByRole('textbox', { name: '公告全文' }));
    await user.paste(TEXT);
    await user.click(screen.getByRole('button', { name: '起草' }));

    const visit = await screen.findByRole('region', { name: /^走访 1：/ }, { timeout: 10_000 });
    // Fields are prefilled from what the text says.
    expect(screen.getByRole('textbox', { name: '标题' })).toHaveValue(
      '县人大常委会领导走访联系村督导疫情防控',
    );
    expect(screen.getByLabelText('发布时间（北京时间）')).toHaveValue('2020-02-14T09:45');
    // Every fact is a draft until accepted; quantities as written.
    expect(within(visit).getByRole('group', { name: /^人员：王立平/ })).toHaveTextContent('草稿');
    expect(within(visit).getByRole('group', { name: '物资：医用口罩 600个' })).toBeInTheDocument();

    // Evidence moved by selecting words in the text.
    const inspected = within(visit).getByRole('group', { name: /^察看：/ });
    expect(within(inspected).getByRole('button', { name: '设为证据' })).toBeDisabled();
    // Selected once, as a user drags once: the text listens from the moment it is drawn (source-text.test.tsx).
    selectInSource('村口防控卡点');
    expect(screen.getByText('已选中第 5 段：“村口防控卡点”')).toBeInTheDocument();
    await user.click(within(inspected).getByRole('button', { name: '设为证据' }));
    expect(inspected).toHaveTextContent('证据：第 5 段“村口防控卡点”');
    await user.click(within(inspected).getByRole('button', { name: '确认' }));
    expect(inspected).toHaveTextContent('已确认');

    // A problem is said next to its field, and blocks the save.
    const title = screen.getByRole('textbox', { name: '标题' });
    await user.clear(title);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/不能为空/);
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    await user.type(title, '王立平走访黄沙坪村');

    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const { entries } = await readLibrary();
    expect(entries).toHaveLength(1);
    const b = entries[0]!.dataset.bulletins[0]!;
    expect(b.title.zh).toBe('王立平走访黄沙坪村');
    expect(b.visits[0]!.inspected[0]!.evidence).toEqual({ paragraph: 4, quote: '村口防控卡点', offset: 6 });
    expect(b.visits[0]!.inspected[0]!.drafted).toBeUndefined();
    expect(b.visits[0]!.participants[0]!.drafted).toBe(true);
  }, 40_000);

  it('adds a missed fact from words selected by keyboard, and undoes and redoes any edit', async () => {
    await saveDraft({ target: 'new', text: '', fields: emptyFields, draft: userBulletin() });
    const { user } = setup();
    const source = await screen.findByRole('region', { name: /^原文/ });
    // The find box selects the words: the toolbar offers the labels with their keys.
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: '在原文中查找（/）' })).toHaveFocus();
    await user.keyboard('安化县青山村{Enter}');
    expect(source).toHaveFocus();
    expect(screen.getByText('已选中第 2 段：“安化县青山村”')).toBeInTheDocument();
    // Shift+arrows go on from the words found.
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(screen.getByText('已选中第 2 段：“安化县青”')).toBeInTheDocument();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    const toolbar = screen.getByRole('toolbar', { name: '添加为' });
    expect(within(toolbar).getByRole('button', { name: '地点' })).toHaveAttribute('aria-keyshortcuts', 'l');
    // ← and → go from label to label.
    within(toolbar).getByRole('button', { name: '走访' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: '人员' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(toolbar).getByRole('button', { name: '讲话与发现' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: '加到' })).toHaveDisplayValue('走访 1：李红梅到青山村');

    // A person: P asks the role, proposed from the visit (it has a lead: 陪同).
    await user.keyboard('/');
    await user.keyboard('李红梅{Enter}');
    await user.keyboard('p');
    const form = screen.getByRole('form', { name: '添加人员：“李红梅”' });
    expect(within(form).getByRole('combobox', { name: '角色' })).toHaveDisplayValue('陪同');
    await user.selectOptions(within(form).getByRole('combobox', { name: '角色' }), '委托');
    await user.click(within(form).getByRole('button', { name: '添加' }));
    expect(screen.getByText('已把“李红梅”添加到走访 1。')).toBeInTheDocument();
    const visit = screen.getByRole('region', { name: /^走访 1：/ });
    expect(within(visit).getByRole('group', { name: '人员：李红梅（委托）' })).toHaveTextContent(
      '证据：第 2 段“李红梅”',
    );

    // Confirming is an edit like any other: undone and redone by key.
    const supply = within(visit).getByRole('group', { name: '物资：口罩 500个' });
    // j goes to the next fact (after the person just added), Enter confirms it.
    await user.keyboard('j');
    await waitFor(() => expect(supply).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(supply).toHaveTextContent('已确认');
    await user.keyboard('{Control>}z{/Control}');
    expect(within(visit).getByRole('group', { name: '物资：口罩 500个' })).toHaveTextContent('草稿');
    await user.keyboard('{Control>}z{/Control}');
    expect(within(visit).queryByRole('group', { name: '人员：李红梅（委托）' })).not.toBeInTheDocument();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(within(visit).getByRole('group', { name: '人员：李红梅（委托）' })).toBeInTheDocument();
  });

  it('splits a visit, moves a fact to the new one, merges them back, and a date typed clears the doubt', async () => {
    const unsure = userBulletin();
    Object.assign(unsure.bulletins[0]!.visits[0]!, {
      dateCertain: false,
      dateNote: { zh: '原文没有写年份。' },
    });
    await saveDraft({ target: 'new', text: '', fields: emptyFields, draft: unsure });
    const { user } = setup();
    const first = await screen.findByRole('region', { name: /^走访 1：/ });
    const visitFact = within(first).getByRole('group', { name: /^走访：/ });
    expect(visitFact).toHaveTextContent('⚠ 日期存疑。 原文没有写年份。');

    await user.click(within(visitFact).getByRole('button', { name: '拆分出新走访' }));
    const second = screen.getByRole('region', { name: /^走访 2：/ });
    expect(within(second).getByRole('group', { name: /^人员：李红梅/ })).toBeInTheDocument();
    const supply = within(first).getByRole('group', { name: '物资：口罩 500个' });
    await user.selectOptions(
      within(supply).getByRole('combobox', { name: '移到' }),
      '走访 2：李红梅到青山村',
    );
    expect(within(first).queryByRole('group', { name: '物资：口罩 500个' })).not.toBeInTheDocument();
    expect(within(second).getByRole('group', { name: '物资：口罩 500个' })).toBeInTheDocument();

    await user.click(
      within(within(second).getByRole('group', { name: /^走访：/ })).getByRole('button', {
        name: '并入走访 1',
      }),
    );
    expect(screen.queryByRole('region', { name: /^走访 2：/ })).not.toBeInTheDocument();
    expect(within(first).getByRole('group', { name: '物资：口罩 500个' })).toBeInTheDocument();
    expect(within(first).getAllByRole('group', { name: /^人员：/ })).toHaveLength(1);

    await user.click(within(visitFact).getByRole('button', { name: '修改' }));
    const date = within(visitFact).getByLabelText('日期');
    await user.clear(date);
    await user.type(date, '2020-02-11');
    expect(visitFact).not.toHaveTextContent('日期存疑');
    expect(visitFact).not.toHaveTextContent('原文没有写年份');
  });

  it('refuses one character, says so, and offers no toolbar', async () => {
    await saveDraft({ target: 'new', text: '', fields: emptyFields, draft: userBulletin() });
    setup();
    await screen.findByRole('region', { name: /^原文/ });
    selectInSource('李');
    expect(await screen.findByRole('alert')).toHaveTextContent('只选中了一个字');
    expect(screen.queryByRole('toolbar', { name: '添加为' })).not.toBeInTheDocument();
  });

  it('offers the value of new evidence, and keeps the draft’s warnings with it across a reload', async () => {
    const warning = {
      code: 'date-unreadable',
      paragraph: 1,
      message: { zh: '日期“11日”缺少月份，未推断。', en: 'The date has no month.' },
    };
    await saveDraft({
      target: 'new',
      text: '',
      fields: emptyFields,
      draft: userBulletin(),
      warnings: [warning],
    } as Parameters<typeof saveDraft>[0]);
    const { user, unmount } = setup();
    expect(await screen.findByText(/日期“11日”缺少月份/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '看第 2 段' }));
    expect(screen.getByRole('region', { name: /^原文/ })).toHaveFocus();

    // The supply re-pointed to other words: the card offers their value, and says what disagrees until taken.
    const supply = screen.getByRole('group', { name: '物资：口罩 500个' });
    selectInSource('青山村');
    await user.click(within(supply).getByRole('button', { name: '设为证据' }));
    expect(within(supply).getByRole('alert')).toHaveTextContent('新证据写的是“青山村”，是否改用？');
    expect(supply).toHaveTextContent('与证据不符：证据中没有“口罩”。');
    await user.click(within(supply).getByRole('button', { name: '改用新值' }));
    const moved = screen.getByRole('group', { name: '物资：青山村' });
    expect(moved).not.toHaveTextContent('与证据不符');

    await waitFor(async () =>
      expect((await loadDraft()).record?.draft?.supplyTypes.map((x) => x.name.zh)).toContain('青山村'),
    );
    unmount();
    await closeLibrary();
    setup();
    expect(await screen.findByText(/日期“11日”缺少月份/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '物资：青山村' })).toBeInTheDocument();
  });

  it('keeps the draft in progress across a reload', async () => {
    const first = setup();
    await viewReady();
    await first.user.click(screen.getByRole('textbox', { name: '公告全文' }));
    await first.user.paste('2月13日下午，王立平来到黄沙坪村。');
    // Once the draft is kept (the autosave), not after a guessed time.
    await waitFor(async () => expect(JSON.stringify(await loadDraft())).toContain('王立平来到黄沙坪村'));
    first.unmount();
    await closeLibrary();

    setup();
    expect(await screen.findByText(/已恢复上次未完成的草稿/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '公告全文' })).toHaveValue(
      '2月13日下午，王立平来到黄沙坪村。',
    );
  });

  it('says when storage fails, keeps what was typed, and offers it as a download', async () => {
    await saveDraft({ target: 'other', text: '', fields: emptyFields, draft: null });
    await closeLibrary();
    // @ts-expect-error: private mode, no IndexedDB
    delete globalThis.indexedDB;
    const { user } = setup();
    await user.click(screen.getByRole('textbox', { name: '公告全文' }));
    await user.paste('王立平来到黄沙坪村。');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法使用本地存储');
    expect(alert).toHaveTextContent('没有丢失');
    await user.click(within(alert).getByRole('button', { name: '下载草稿（JSON）' }));
    expect(saved).toHaveLength(1);
    expect(JSON.parse(await saved[0]!.blob.text())).toMatchObject({ text: '王立平来到黄沙坪村。' });
    expect(screen.getByRole('textbox', { name: '公告全文' })).toHaveValue('王立平来到黄沙坪村。');
  });

  it('opens a saved bulletin for editing and saves the correction in its place', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), fixture('small'));
    const { user, onClose } = setup('user-a');
    expect(await screen.findByRole('heading', { name: '修改公告：测试公告 user-a' })).toBeInTheDocument();
    const supply = screen.getByRole('group', { name: '物资：口罩 500个' });
    await user.click(within(supply).getByRole('button', { name: '修改' }));
    const quantity = within(supply).getByRole('spinbutton', { name: '数量' });
    await user.clear(quantity);
    await user.type(quantity, '400');
    // The quantity no longer agrees with its words: the card says so, and saving asks first.
    expect(supply).toHaveTextContent('与证据不符：证据中没有“400个”。');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const ask = await screen.findByRole('alertdialog', { name: '以下事实与证据不符，仍要保存吗？' });
    expect(ask).toHaveTextContent('走访 1：“400个”不在证据中');
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: '仍然保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const { entries } = await readLibrary();
    expect(entries.map((e) => e.id)).toEqual(['user-a']);
    expect(entries[0]!.dataset.bulletins[0]!.visits[0]!.supplies[0]!.quantity).toEqual({
      value: 400,
      unit: '个',
    });
  });
});
