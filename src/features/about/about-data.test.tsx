/**
 * "About this data" counts what the data flags, from the index's column of flags: inferred districts, uncertain
 * dates, inferred names (whatever the person's role) and drafted visits, each visit once.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { loadCatalogue } from '../../i18n/i18n';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
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
