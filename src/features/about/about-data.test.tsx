/**
 * "About this data" counts what the data flags, from the index's column of flags: inferred districts, uncertain
 * dates, inferred names (whatever the person's role) and drafted visits, each visit once.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { mergeDatasets } from '../../data/merge';
import { loadCatalogue } from '../../i18n/i18n';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { userBulletin } from '../../testing/user-bulletin';
import AboutData from './about-data';

await loadCatalogue('en');

describe('about this data', () => {
  it('counts each flag over every visit, a visit once however many of its names are inferred', () => {
    const data = fixture('small');
    const [a, b, c] = data.bulletins[0]!.visits;
    // Visit a: both its names inferred (one of them a unit's); visit c: the one who only entrusted, inferred.
    for (const p of a!.participants) p.inferred = true;
    c!.participants.find((p) => p.role === 'entrusted-by')!.inferred = true;
    b!.drafted = true;
    const index = buildIndex(data);
    const flagged = data.bulletins[0]!.visits;
    const districts = flagged.filter((v) => v.districtInferred).length;
    const dates = flagged.filter((v) => !v.dateCertain).length;
    expect(districts).toBeGreaterThan(0);
    expect(dates).toBeGreaterThan(0);
    renderWithProviders(<AboutData index={index} link="https://example.org/" />, { lang: 'en' });
    expect(
      screen.getByText(
        `District inferred for ${districts} visits, date uncertain for ${dates}, a name inferred for 2, 1 drafted visits not yet checked.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });
});

describe('引用 (cite)', () => {
  const { dataset } = mergeDatasets(fixture('bundled'), [userBulletin({ id: 'user-a' })]);
  const index = buildIndex(dataset);
  const bundled = dataset.bulletins[0]!;
  const citationsIn = () => {
    const cite = screen.getByText('引用').nextElementSibling as HTMLElement;
    return within(cite)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
  };

  it('cites every bulletin in view, the bundled one and the user’s, each with the link of the view', () => {
    renderWithProviders(
      <AboutData
        index={index}
        link="https://example.org/?district=anhua"
        bulletinIds={[bundled.id, 'user-a']}
        today={new Date('2026-12-06T12:00:00Z')}
      />,
      { lang: 'zh' },
    );
    expect(citationsIn()).toEqual([
      `益阳市人大常委会《${bundled.title.zh}》，2020年2月8日。数据：益阳市人大公告数据看板，访问于2026年12月6日，https://example.org/?district=anhua`,
      '测试县人大《测试公告 user-a》，2020年2月12日。数据：益阳市人大公告数据看板，访问于2026年12月6日，https://example.org/?district=anhua',
    ]);
  });

  it('cites only the bulletins in view', () => {
    renderWithProviders(<AboutData index={index} link="https://example.org/" bulletinIds={['user-a']} />, {
      lang: 'en',
    });
    const citations = screen.getByText('Cite').nextElementSibling as HTMLElement;
    const lines = within(citations).getAllByRole('listitem');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent(/^测试县人大, “测试公告 user-a”, 12 Feb 2020\. Data: /);
  });
});
