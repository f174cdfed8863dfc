/**
 * The map as a reader meets it, on the bundled dataset with the real geometry files (public/geo, written by
 * `npm run data:geo`) served by a stubbed fetch: a figure whose title is the finding, every district named with
 * its count, a click or a key filtering by it, the counts in words, and the handle for the export.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import type { Dataset } from '../../data/schema';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { loadCatalogue } from '../../i18n/i18n';
import { PageActionsProvider } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderFigure } from '../../testing/render-figure';
import MapFigure from './map-figure';

// The projection, watched: a change of view must not fit it to the outlines again.
const projections = vi.hoisted(() => ({ made: 0 }));
vi.mock('d3-geo', async (importOriginal) => {
  const geo = await importOriginal<typeof import('d3-geo')>();
  return {
    ...geo,
    geoMercator: () => {
      projections.made += 1;
      return geo.geoMercator();
    },
  };
});

await loadCatalogue('en');

const requested: string[] = [];
beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url);
      const file = /^\.\/geo\/([\w.]+\.json)$/.exec(url)?.[1];
      if (!file) return new Response('not found', { status: 404 });
      try {
        return new Response(readFileSync(resolve(process.cwd(), 'public/geo', file), 'utf8'));
      } catch {
        return new Response('not found', { status: 404 });
      }
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function setup({
  lang = 'zh',
  filters = {},
  dataset = fixture('bundled'),
}: { lang?: 'zh' | 'en'; filters?: Partial<Filters>; dataset?: Dataset } = {}) {
  const index = buildIndex(validateDataset(dataset));
  const rendered = renderFigure((props) => <MapFigure {...props} />, {
    index,
    lang,
    filters,
    actionName: () => '下载 SVG',
  });
  return { ...rendered, index };
}

describe('MapFigure', () => {
  it('is a figure whose title states where the visits went', async () => {
    setup();
    await screen.findByRole('button', { name: '赫山区：4次走访' });
    const figure = screen.getByRole('figure', { name: '走访去向地图：赫山区4次、资阳区2次' });
    expect(within(figure).getByText('赫山区4次、资阳区2次', { selector: 'figcaption *' })).toBeVisible();
    expect(requested).toEqual(['./geo/index.json', './geo/4309.json']);
  });

  it('names every district of the dataset with its count, and says the others in words', async () => {
    setup();
    expect(await screen.findByRole('button', { name: '赫山区：4次走访' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '资阳区：2次走访' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '各区县走访次数' });
    expect(within(list).getByText('赫山区：4次走访')).toBeInTheDocument();
    expect(within(list).getByText(/^其余4个区县各0次：/)).toHaveTextContent('南县');
    // Outlines and names of all six county-level divisions of 益阳市 are drawn.
    const svg = screen.getByRole('group', { name: /赫山区4次/ });
    expect(svg.querySelectorAll('path')).toHaveLength(6);
    for (const name of ['南县', '桃江县', '安化县', '沅江市'])
      expect(within(svg).getByText(name)).toBeInTheDocument();
  });

  it('has a legend from zero (neutral) to the largest count', async () => {
    setup();
    const legend = await screen.findByRole('list', { name: '图例' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['0次', '1次', '2次', '3次', '4次']);
  });

  it('filters by a district on a click, and on Enter or Space', async () => {
    const { actions, user } = setup();
    await user.click(await screen.findByRole('button', { name: '资阳区：2次走访' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'ziyang', 'toggle');
    screen.getByRole('button', { name: '赫山区：4次走访' }).focus();
    await user.keyboard('{Enter}');
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'heshan', 'toggle');
    await user.keyboard(' ');
    expect(actions.filterBy).toHaveBeenCalledTimes(3);
  });

  it('shades only the visits in view, and marks the district filtered by', async () => {
    setup({ filters: { district: ['ziyang'] } });
    expect(await screen.findByRole('button', { name: '赫山区：0次走访' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('button', { name: '资阳区：2次走访' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('figure', { name: /：资阳区2次$/ })).toBeInTheDocument();
  });

  it('keeps its outlines when the view changes, and moves only the counts and labels', async () => {
    const { rerender, index } = setup();
    await screen.findByRole('button', { name: '资阳区：2次走访' });
    const outlines = () => [...document.querySelectorAll('svg path')].map((p) => p.getAttribute('d')).sort();
    const before = outlines();
    const made = projections.made;
    const filters = { ...emptyFilters, district: ['ziyang'] };
    rerender(
      <PageActionsProvider value={{ filterBy: vi.fn(), showEvidence: vi.fn() }}>
        <MapFigure index={index} view={selectView(index, filters)} filters={filters} />
      </PageActionsProvider>,
    );
    expect(await screen.findByRole('button', { name: '赫山区：0次走访' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /资阳区2次$/ })).toHaveTextContent('2次');
    expect(outlines()).toEqual(before);
    // The outlines were projected for the first view only.
    expect(projections.made).toBe(made);
  });

  it('clears a district filtered by on a second click or key, and says so on the district', async () => {
    const { actions, user } = setup({ filters: { district: ['ziyang'] } });
    const ziyang = await screen.findByRole('button', { name: '资阳区：2次走访' });
    expect(ziyang).toHaveAttribute('aria-pressed', 'true');
    expect(within(ziyang).getByText('取消按资阳区筛选')).toBeInTheDocument();
    expect(
      within(screen.getByRole('button', { name: '赫山区：0次走访' })).getByText('按赫山区筛选'),
    ).toBeInTheDocument();
    await user.click(ziyang);
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'ziyang', 'toggle');
    ziyang.focus();
    await user.keyboard(' ');
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'ziyang', 'toggle');
  });

  it('reads in English', async () => {
    setup({ lang: 'en' });
    expect(await screen.findByRole('button', { name: 'Heshan District, visits: 4' })).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: 'Map of where the visits went: Heshan District 4, Ziyang District 2',
      }),
    ).toBeInTheDocument();
    // A district the dataset does not name is labelled with the outline's English name, the prefecture too.
    expect(screen.getByText('Taojiang County')).toBeInTheDocument();
    expect(screen.getByText('Yiyang City')).toBeInTheDocument();
    expect(screen.queryByText('益阳市')).not.toBeInTheDocument();
  });

  it('counts a visit whose district is not known in words, not on the map', async () => {
    const dataset = fixture('bundled');
    const bulletin = dataset.bulletins[0];
    const visit = bulletin?.visits.find((v) => v.placeId === 'heshan-village');
    if (!visit) throw new Error('fixture changed: no visit to 赫山村');
    visit.districtId = null;
    visit.districtInferred = true;
    // Nor does its place say: 赫山村 has no code of its own, and here no parent either.
    const village = dataset.places.find((p) => p.id === 'heshan-village');
    if (village) village.parentId = null;
    setup({ dataset });
    expect(await screen.findByRole('figure', { name: /赫山区3次、资阳区2次$/ })).toBeInTheDocument();
    expect(screen.getByText('另有1次走访的区县不明（数据中没有区划代码），未画在图上。')).toBeInTheDocument();
  });

  it('draws each prefecture a dataset spans', async () => {
    const dataset = fixture('bundled');
    // Made up for the test: 资阳区's visits moved to 北京市东城区 (110101), with their streets and communities.
    for (const p of dataset.places) {
      if (p.id === 'ziyang') p.divisionCode = '110101';
      else if (p.divisionCode?.startsWith('430902')) p.divisionCode = null;
    }
    setup({ dataset });
    expect(await screen.findByRole('button', { name: '资阳区：2次走访' })).toBeInTheDocument();
    await waitFor(() => expect(requested).toContain('./geo/1101.json'));
    const svg = screen.getByRole('group', { name: /赫山区4次/ });
    expect(within(svg).getByText('北京市')).toBeInTheDocument();
    expect(within(svg).getByText('益阳市')).toBeInTheDocument();
  });

  it('says so when the geometry cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 500 })),
    );
    setup();
    expect(await screen.findByRole('alert')).toHaveTextContent('地图无法加载：./geo/index.json: HTTP 500');
  });

  it('hands the export its svg, its title, finding, legend and texts', async () => {
    const { handles } = setup();
    await screen.findByRole('button', { name: '赫山区：4次走访' });
    const handle = handles.at(-1);
    expect(handle).toMatchObject({ id: 'map', title: '走访去向地图', finding: '赫山区4次、资阳区2次' });
    expect(handle?.getSvg()?.tagName.toLowerCase()).toBe('svg');
    expect(handle?.legend.map((l) => l.label)).toEqual(['0次', '1次', '2次', '3次', '4次']);
    expect(handle?.texts).toEqual(expect.arrayContaining(['益阳市', '赫山区', '4次']));
  });
});
