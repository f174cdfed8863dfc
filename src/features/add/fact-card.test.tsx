import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { datasetSchema, type Dataset } from '../../data/schema';
import { renderWithProviders } from '../../testing/render';
import { userBulletin } from '../../testing/user-bulletin';
import { plainNaming } from './add-fact';
import { factKey, placeIssues, type FactRef } from './draft-edit';
import { FactCard } from './fact-card';

/** A fact card as the review shows it: the draft it edits kept by its parent, its problems the schema's. */
function Review({ fact, onDraft }: { fact: FactRef; onDraft: (d: Dataset) => void }) {
  const [draft, setDraft] = useState<Dataset>(userBulletin);
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

function setup(fact: FactRef) {
  let last: Dataset | null = null;
  const user = userEvent.setup();
  renderWithProviders(<Review fact={fact} onDraft={(d) => (last = d)} />, { lang: 'zh' });
  return { user, draft: () => last! };
}

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
