import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { datasetSchema, type Dataset } from '../../data/schema';
import { renderWithProviders } from '../../testing/render';
import { userBulletin } from '../../testing/user-bulletin';
import { plainNaming } from './add-fact';
import { factKey, placeIssues, type FactRef } from './draft-edit';
import { FactCard } from './fact-card';
import { draftSync } from '../../draft/index';

/** A fact card as the review shows it: the draft it edits kept by its parent, its problems the schema's. */
function Review({
  fact,
  onDraft,
  initial,
}: {
  fact: FactRef;
  onDraft: (d: Dataset) => void;
  initial?: Dataset;
}) {
  const [draft, setDraft] = useState<Dataset>(initial ?? userBulletin);
  const issues = datasetSchema.safeParse(draft).error?.issues ?? [];
  const problems = placeIssues(draft, issues).facts.get(factKey(fact)) ?? [];
  return (
    <ul>
      <FactCard
        draft={draft}
        fact={fact}
        problems={problems}
        selection={null}
        active
        naming={plainNaming}
        onChange={(next) => {
          setDraft(next);
          onDraft(next);
        }}
        onFocus={() => undefined}
      />
    </ul>
  );
}

function setup(fact: FactRef, initial?: Dataset, lang: 'zh' | 'en' = 'zh') {
  let last: Dataset | null = null;
  const user = userEvent.setup();
  renderWithProviders(<Review fact={fact} initial={initial} onDraft={(d) => (last = d)} />, { lang });
  return { user, draft: () => last! };
}

describe('a drafted fact’s card', () => {
  // A draft whose visit names a school with the town read before it, and whose lead is taken from who handed over.
  const drafted = draftSync(
    '标题\n2月13日，慰问组来到柳泉镇初级中学和镇中心小学，看望师生。县关怀组组长熊文斌把慰问金递到老师手里。',
  ).dataset;
  it('shows what the draft inferred on the visit (a name completed) as the text says it', () => {
    setup({ visit: 0, kind: 'visit', index: -1 }, drafted);
    expect(
      screen.getByText('原文写的是“镇中心小学”；名称按前文的“柳泉镇”补全为“柳泉镇中心小学”，请核对。'),
    ).toBeVisible();
  });
  it('says the note in English on the English page, and marks one the draft wrote only in Chinese as Chinese', () => {
    setup({ visit: 0, kind: 'visit', index: -1 }, drafted, 'en');
    const notes = screen.getByRole('list', { name: 'Notes' });
    const completed = within(notes).getByText(/the name is completed as “柳泉镇中心小学”/);
    expect(completed.closest('[lang="zh-CN"]')).toBeNull();
    cleanup();
    // (A supply's note, "数百个" no exact number, is written in Chinese only.)
    const valued = draftSync('标题\n2月13日，县长杨建国来到红星村，为困难户送去数百个口罩。').dataset;
    setup({ visit: 0, kind: 'visit', index: -1 }, valued, 'en');
    expect(
      within(screen.getByRole('list', { name: 'Notes' })).getByText(/原文没有写确切数量/),
    ).toHaveAttribute('lang', 'zh-CN');
  });
  it('shows no doubt on a participant the draft read from its own sentence', () => {
    const named = draftSync('标题\n2月13日，县长杨建国来到红星村看望困难群众。').dataset;
    setup({ visit: 0, kind: 'participant', index: 0 }, named);
    expect(screen.queryByRole('list', { name: '说明' })).toBeNull();
  });
  it('shows where a lead the text does not name was taken from', () => {
    const lead = drafted.bulletins[0]!.visits[0]!.participants.findIndex((p) => p.role === 'lead');
    setup({ visit: 0, kind: 'participant', index: lead }, drafted);
    expect(
      screen.getByText('原文没有写谁带队；带队者取自在走访中讲话或递送物资的人，请核对。'),
    ).toBeVisible();
  });
  it('says in English where a lead the text does not name was taken from, on the English page', () => {
    const lead = drafted.bulletins[0]!.visits[0]!.participants.findIndex((p) => p.role === 'lead');
    setup({ visit: 0, kind: 'participant', index: lead }, drafted, 'en');
    const note = within(screen.getByRole('list', { name: 'Notes' })).getByText(
      'The text does not say who led; the lead is the one who spoke or handed goods over on the visit. Please check.',
    );
    expect(note).toBeVisible();
    expect(note.closest('[lang="zh-CN"]')).toBeNull();
  });
});

describe('a fact card’s correction', () => {
  it('takes what is typed in the visit’s fields, and names a problem on the field it concerns', async () => {
    const { user, draft } = setup({ visit: 0, kind: 'visit', index: -1 });
    await user.click(screen.getByRole('button', { name: '修改' }));
    const headline = screen.getByRole('textbox', { name: '走访标题' });
    await user.clear(headline);
    // An empty headline: the field is marked and described by the card's list of problems.
    expect(headline).toHaveAttribute('aria-invalid', 'true');
    expect(headline).toHaveAccessibleDescription(/headline/);
    await user.type(headline, '李红梅走访青山村');
    expect(headline).toHaveValue('李红梅走访青山村');
    expect(headline).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByRole('textbox', { name: '走访标题英文' }), 'Li Hongmei visits');
    expect(draft().bulletins[0]!.visits[0]!.headline).toEqual({
      zh: '李红梅走访青山村',
      en: 'Li Hongmei visits',
    });
  });

  it('takes a supply’s quantity and unit as typed', async () => {
    const { user, draft } = setup({ visit: 0, kind: 'supply', index: 0 });
    const card = screen.getByRole('group', { name: '物资：口罩 500个' });
    await user.click(within(card).getByRole('button', { name: '修改' }));
    const quantity = within(card).getByRole('spinbutton', { name: '数量' });
    await user.clear(quantity);
    // No quantity, no unit to write.
    expect(within(card).getByRole('textbox', { name: '单位' })).toBeDisabled();
    await user.type(quantity, '30');
    const unit = within(card).getByRole('textbox', { name: '单位' });
    await user.clear(unit);
    await user.type(unit, '箱');
    expect(draft().bulletins[0]!.visits[0]!.supplies[0]!.quantity).toEqual({ value: 30, unit: '箱' });
    expect(screen.getByRole('group', { name: '物资：口罩 30箱' })).toBeInTheDocument();
  });
});
