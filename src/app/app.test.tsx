import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, small } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render';
import { App } from './app';

/** The dataset the page fetches: the small fixture (src/testing/fixtures.ts), as a file. */
const datasetText = JSON.stringify(fixture('small'));
const showing = (shown: number, lang: 'zh' | 'en' = 'zh') =>
  lang === 'zh' ? `显示 ${shown} / ${small.visits} 次走访` : `Showing ${shown} of ${small.visits} visits`;

function serve(...responses: (() => Promise<Response>)[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const r of responses) fetchMock.mockImplementationOnce(r);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const json =
  (text: string, status = 200) =>
  () =>
    Promise.resolve(new Response(text, { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => vi.unstubAllGlobals());
/** A whole page re-rendered in another language, charts included, can take seconds in jsdom on a loaded machine. */
const slow = { timeout: 10_000 };

describe('the page', () => {
  it('says it is loading, then shows the title, the figures, the status and the visits in time order', async () => {
    let release: (r: Response) => void = () => {};
    serve(() => new Promise<Response>((resolve) => (release = resolve)));
    renderWithProviders(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('益阳市人大公告');
    release(new Response(datasetText, { headers: { 'content-type': 'application/json' } }));

    expect(
      await screen.findByRole('heading', { level: 1, name: '测试公告：区领导走访社区' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/^发布：/)).toHaveTextContent(
      '发布：测试单位·发布时间：2020年2月4日 10:00（北京时间）',
    );
    // The figures: people who went, and apart from them the one who only entrusted someone.
    const figures = screen.getByLabelText('当前视图中的数字');
    const figure = (label: string) =>
      within(figures).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('走访')).toBe(String(small.visits));
    expect(figure('参加人员')).toBe(`${small.present}另${small.entrusted}人委托`);
    expect(figure('区县')).toBe('2');
    expect(screen.getByText(showing(small.visits))).toHaveAttribute('role', 'status');

    const timeline = screen.getByRole('region', { name: '走访时间线' });
    const articles = within(timeline).getAllByRole('article');
    // 3 Feb morning and afternoon, 5 Feb, then the visit whose date the text does not give.
    expect(
      articles.map(
        (a) => a.getAttribute('aria-labelledby') && within(a).getAllByRole('heading')[0]?.textContent,
      ),
    ).toEqual(['甲到一号社区', '丙到二号社区', '己到四号社区', '戊受丁委托到三号村']);
    // Only visits are articles: the publication (4 Feb) is on the timeline, between the visits of 3 and 5 Feb.
    const items = within(timeline)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items.map((li) => (within(li).queryByRole('article') ? 'visit' : li.textContent))).toEqual([
      'visit',
      'visit',
      '公告发布：测试公告：区领导走访社区 · 2020年2月4日 10:00（北京时间）',
      'visit',
      'visit',
    ]);
  });

  it('shows the bulletin’s own notes, not hidden', async () => {
    const data = fixture('small');
    data.bulletins[0]!.notes = [
      { zh: '原文没有写发布单位的全称。', en: 'The text does not give the publisher in full.' },
    ];
    serve(json(JSON.stringify(data)));
    renderWithProviders(<App />);
    const summary = await screen.findByText(/^阅读须知（1 条）/);
    expect(summary).toBeVisible();
    await userEvent.click(summary);
    expect(screen.getByText('原文没有写发布单位的全称。')).toBeVisible();
  });

  it('shows each card with its lead, place path and supplies as written, and its flags one click away', async () => {
    serve(json(datasetText));
    renderWithProviders(<App />);
    const card = await screen.findByRole('article', { name: '戊受丁委托到三号村' });
    expect(within(card).getByRole('button', { name: '戊' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '丁' })).toBeInTheDocument();
    expect(within(card).getByText('委托')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '东区' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '三号村' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '口罩' })).toBeInTheDocument();
    const flag = within(card).getByRole('button', { name: /日期存疑/ });
    expect(flag).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(flag);
    expect(flag).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).getByText('原文未写日期。', { selector: '[id]' })).toBeVisible();
  });

  it('filters from the link and from a name clicked in a card, and the figures follow', async () => {
    serve(json(datasetText));
    renderWithProviders(<App />, { searchParams: '?district=east' });
    expect(await screen.findByText(showing(small.districts.east))).toBeInTheDocument();
    const card = screen.getByRole('article', { name: '戊受丁委托到三号村' });
    await userEvent.click(within(card).getByRole('button', { name: '丁' }));
    expect(await screen.findByText(showing(1))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '移除筛选：丁' })).toBeInTheDocument();
    const figures = screen.getByLabelText('当前视图中的数字');
    expect(within(figures).getByText('参加人员').nextElementSibling).toHaveTextContent('1另1人委托');
  });

  it('names an HTTP failure and retries on request', async () => {
    const fetchMock = serve(
      () => Promise.resolve(new Response('not here', { status: 404, statusText: 'Not Found' })),
      json(datasetText),
    );
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('请求 data/dataset.json 失败：HTTP 404 Not Found');
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText(showing(small.visits))).toBeInTheDocument();
    // The dataset was asked for twice (the map then asks for its geometry, which is not counted here).
    const datasetCalls = fetchMock.mock.calls.filter(([url]) => String(url).includes('dataset.json'));
    expect(datasetCalls).toHaveLength(2);
  });

  it('says where a broken JSON file broke', async () => {
    serve(json('{"schemaVersion": 1,\n "bulletins": [}'));
    renderWithProviders(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/不是有效的 JSON：第 2 行第 \d+ 列/);
  });

  it('lists schema problems with their paths, in English too', async () => {
    const data = JSON.parse(datasetText);
    delete data.bulletins[0].visits[2].placeId;
    data.people[0].id = 'Bad Id';
    serve(json(JSON.stringify(data)));
    renderWithProviders(<App />, { searchParams: '?lang=en' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset does not match the format');
    expect(alert).toHaveTextContent('bulletins[0].visits[2].placeId');
    expect(alert).toHaveTextContent('people[0].id');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  // Three whole renders of the page (charts included) in jsdom: slow on a loaded machine, hence the time-out.
  it('switches language with the toggle, and back', { timeout: 30_000 }, async () => {
    serve(json(datasetText));
    renderWithProviders(<App />);
    await screen.findByText(showing(small.visits), {}, slow);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(showing(small.visits, 'en'), {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Visit timeline' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Test bulletin: district leaders visit communities',
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByText(showing(small.visits), {}, slow)).toBeInTheDocument();
  });
});
