import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetPath } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render';
import { App } from './app';

const datasetText = readFileSync(datasetPath, 'utf8');

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

describe('the page', () => {
  it('says it is loading, then shows the title, the status and the six visits in time order', async () => {
    let release: (r: Response) => void = () => {};
    serve(() => new Promise<Response>((resolve) => (release = resolve)));
    renderWithProviders(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('益阳市人大公告');
    release(new Response(datasetText, { headers: { 'content-type': 'application/json' } }));

    expect(
      await screen.findByRole('heading', { level: 1, name: '市人大常委会机关开展疫情防控志愿者服务' }),
    ).toBeInTheDocument();
    // The bulletin's own notes (gaps in the text, inferences) are shown, not hidden.
    expect(screen.getByText(/^阅读须知/)).toBeVisible();
    expect(screen.getByText(/原文没有写发布单位/)).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('显示 6 / 6 次走访')).toHaveAttribute('role', 'status');
    const timeline = screen.getByRole('region', { name: '走访时间线' });
    const articles = within(timeline).getAllByRole('article');
    expect(
      articles.map(
        (a) => a.getAttribute('aria-labelledby') && within(a).getAllByRole('heading')[0]?.textContent,
      ),
    ).toEqual([
      '谭喜华赴洪家村督导疫情防控工作',
      '程道峰赴赫山村指导疫情防控工作',
      '李志宏赴金花坪社区指导疫情防控工作',
      '张亮文督查腰塘社区疫情防控工作',
      '陈佑才督导龙山港社区疫情防控工作',
      '市人大教科文卫委帮扶社区疫情防控工作',
    ]);
    // Only visits are articles: the publication is on the timeline but is not one.
    expect(within(timeline).getByText(/公告发布/)).toBeInTheDocument();
    expect(screen.getByText(/^发布：/)).toHaveTextContent('发布时间：2020年2月8日 14:07（北京时间）');
  });

  it('shows each card with its lead, place path and supplies as written', async () => {
    serve(json(datasetText));
    renderWithProviders(<App />);
    const card = await screen.findByRole('article', { name: '陈佑才督导龙山港社区疫情防控工作' });
    expect(within(card).getByRole('button', { name: '陈佑才' })).toBeInTheDocument();
    expect(within(card).getByText('带队')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '赫山区' })).toBeInTheDocument();
    expect(within(card).getByText('会龙山街道')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /84消毒液/ })).toBeInTheDocument();
    // The text's "27日上午" is flagged, with its explanation one click away.
    const flag = within(card).getByRole('button', { name: /日期存疑/ });
    expect(flag).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(flag);
    expect(flag).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).getByText(/27日/, { selector: '[id]' })).toBeVisible();
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
    expect(await screen.findByText('显示 6 / 6 次走访')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
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

  it('switches language with the toggle, and back', async () => {
    serve(json(datasetText));
    renderWithProviders(<App />);
    await screen.findByText('显示 6 / 6 次走访');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Showing 6 of 6 visits')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Visit timeline' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByText('显示 6 / 6 次走访')).toBeInTheDocument();
  });
});
