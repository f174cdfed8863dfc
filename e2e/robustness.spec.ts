import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

const dataset = () => JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
const serve = (page: Page, body: string, init: { status?: number; contentType?: string } = {}) =>
  page.route('**/data/dataset.json', (route) =>
    route.fulfill({ status: init.status ?? 200, contentType: init.contentType ?? 'application/json', body }),
  );
const alertOf = (page: Page) => page.getByRole('alert');

// The 30 loads of ?lang=en are three tests of ten, so that three workers share them: as one test, the longest of the
// run (29 s), it started late (this file comes late and Playwright hands out tests in file order) and ran on alone
// at the end while the other workers had nothing left to do.
test.describe('the English messages', () => {
  test('when they cannot load, the page stays in Chinese with a notice, and the toggle throws nothing', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/assets\/en-[^/]*\.js$/, (route) => route.abort('failed'));
    await page.goto('./');
    const status = page.getByRole('status').filter({ hasText: '次走访' });
    await expect(status).toHaveText('显示 6 / 6 次走访');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('note').filter({ hasText: '无法加载英文界面' })).toContainText(
      'English could not be loaded; the page stays in Chinese.',
    );
    await expect(status).toHaveText('显示 6 / 6 次走访');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a link with lang=en when they cannot load opens in Chinese with the notice', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/assets\/en-[^/]*\.js$/, (route) => route.abort('failed'));
    await page.goto('./?lang=en');
    await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText('显示 6 / 6 次走访');
    await expect(page.getByRole('note').filter({ hasText: '无法加载英文界面' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  for (const part of [1, 2, 3])
    test(`?lang=en loads 10 times in a row with no page error (${part} of 3: 30 loads in all)`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (let i = 0; i < 10; i += 1) {
        await page.goto('./?lang=en');
        await expect(page.getByRole('status').filter({ hasText: 'visits' })).toHaveText(
          'Showing 6 of 6 visits',
        );
      }
      expect(errors).toEqual([]);
    });
});

test.describe('a dataset that cannot be used gives an alert naming the problem, with a retry', () => {
  // One load serves both checks of a refused connection: the alert names the file and offers a retry, in
  // Chinese, without the browser's English (they were two tests of the same page).
  test('network failure, told in Chinese on the Chinese page, without the browser’s English', async ({
    page,
  }) => {
    await page.route('**/data/dataset.json', (route) => route.abort('connectionrefused'));
    await page.goto('./');
    await expect(alertOf(page)).toContainText('无法获取 data/dataset.json');
    await expect(alertOf(page).getByRole('button', { name: '重试' })).toBeVisible();
    await expect(alertOf(page)).toContainText('请检查网络后点“重试”');
    await expect(alertOf(page)).not.toContainText('Failed to fetch');
  });

  test('HTTP status', async ({ page }) => {
    await serve(page, 'oops', { status: 500, contentType: 'text/plain' });
    await page.goto('./');
    await expect(alertOf(page)).toContainText('HTTP 500');
  });

  test('a body that is not JSON, saying where it broke', async ({ page }) => {
    await serve(page, '{\n  "schemaVersion": 1,\n  "bulletins": [ nope ]\n}');
    await page.goto('./');
    await expect(alertOf(page)).toContainText('不是有效的 JSON：第 3 行第 19 列');
  });

  test('HTML where JSON was expected', async ({ page }) => {
    await serve(page, '<!doctype html><html><body>Login</body></html>', { contentType: 'text/html' });
    await page.goto('./');
    await expect(alertOf(page)).toContainText('返回的是 HTML 网页，不是 JSON 数据');
  });

  test('a schemaVersion this build does not know', async ({ page }) => {
    await serve(page, JSON.stringify({ ...dataset(), schemaVersion: 2 }));
    await page.goto('./?lang=en');
    await expect(alertOf(page)).toContainText('The dataset has schemaVersion 2; this build reads only 1');
  });

  test('schema violations: the first few with paths and reasons, and how many more', async ({ page }) => {
    const data = dataset();
    for (const p of data.people) p.name.en = '';
    await serve(page, JSON.stringify(data));
    await page.goto('./');
    const alert = alertOf(page);
    await expect(alert).toContainText('数据集不符合格式，共 10 处问题');
    await expect(alert).toContainText('people[0].name.en: must not be empty');
    await expect(alert.getByRole('listitem')).toHaveCount(5);
    await expect(alert).toContainText('另有 5 处问题未列出');
  });

  test('ids that refer to nothing', async ({ page }) => {
    const data = dataset();
    data.bulletins[0].visits[1].participants[0].personId = 'ghost';
    await serve(page, JSON.stringify(data));
    await page.goto('./');
    await expect(alertOf(page)).toContainText(
      'bulletins[0].visits[1].participants[0].personId: refers to unknown person "ghost"',
    );
  });

  test('duplicate ids', async ({ page }) => {
    const data = dataset();
    data.places[1].id = data.places[0].id;
    await serve(page, JSON.stringify(data));
    await page.goto('./');
    await expect(alertOf(page)).toContainText('places[1].id: duplicate id "heshan"');
  });

  test('retry loads the dataset once it is fixed', async ({ page }) => {
    let broken = true;
    await page.route('**/data/dataset.json', (route) =>
      broken ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await page.goto('./');
    await expect(alertOf(page)).toContainText('HTTP 503');
    broken = false;
    await alertOf(page).getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText('显示 6 / 6 次走访');
  });
});

test('text from the data is shown as text and runs nothing', async ({ page }) => {
  const data = dataset();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  data.people[0].name.zh = `谭喜华${hostile}`;
  data.bulletins[0].visits[0].headline.zh = `走访${hostile}`;
  data.bulletins[0].visits[0].remarks[0].text.zh = `要求${hostile}`;
  data.places[0].name.zh = `赫山区${hostile}`;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await serve(page, JSON.stringify(data));
  await page.goto('./');
  const card = page.getByRole('article', { name: `走访${hostile}` });
  await expect(card).toBeVisible();
  await expect(card.getByText(`要求${hostile}`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^赫山区<img`) })).toBeVisible();
  // Nothing the text would load, if it were markup, is asked for once the page has settled.
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /\/x$/.test(url))).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('a hostile link opens the page with its values ignored and named', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const link =
    './?district=%22%3E%3Csvg%20onload%3Dalert(1)%3E,heshan&supply=%E0%A4%A,mask,,&person=' +
    'a'.repeat(3000) +
    '&lang=%3Cscript%3E&bulletin=..%2F..%2Fetc%2Fpasswd&unknown=1&supply=alcohol';
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText('显示 4 / 6 次走访');
  const notes = page.getByRole('note');
  await expect(notes).toContainText('已忽略格式错误的区县："><svg onload=alert(1)>');
  // 3,000 letters are no id: refused as malformed, and named cut short.
  await expect(notes).toContainText(`已忽略格式错误的人员：${'a'.repeat(40)}…`);
  await expect(notes).toContainText('已忽略未知的语言：<script>');
  await expect(notes).toContainText('已忽略格式错误的公告：../../etc/passwd');
  await expect(notes).toContainText('参数 supply 出现了不止一次，已忽略后面的值：alcohol');
  expect(await page.locator('svg[onload]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('the page requests nothing from another origin, and its CSP forbids inline scripts', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('./?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'visits' })).toHaveText('Showing 6 of 6 visits');
  await page.getByRole('figure').first().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const ran = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return {
      directive: await violation,
      ran: (window as unknown as { __inline?: boolean }).__inline ?? false,
    };
  });
  expect(ran).toEqual({ directive: 'script-src-elem', ran: false });
});

test('a part of the page whose code cannot load says so in its place; the rest keeps working', async ({
  page,
}) => {
  await page.route(/assets\/(charts-section|source-view)-[^/]*\.js$/, (route) => route.abort('failed'));
  await page.goto('./');
  const status = page.getByRole('status').filter({ hasText: '次走访' });
  await expect(status).toHaveText('显示 6 / 6 次走访');
  await expect(page.getByRole('alert').filter({ hasText: '页面的这一部分无法加载' })).toHaveCount(2);
  await page.getByRole('checkbox', { name: /^资阳区/ }).check();
  await expect(status).toHaveText('显示 2 / 6 次走访');
  await expect(page.getByRole('region', { name: '走访列表' })).toBeVisible();
});

test('the index builder, loaded with the data, says so when its code cannot load; a reload brings the page', async ({
  page,
}) => {
  let blocked = true;
  await page.route(/assets\/index-builder-[^/]*\.js$/, (route) =>
    blocked ? route.abort('failed') : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  // The reason names the file, and the words say what to do: retry, then reload (the browser remembers a module
  // that failed to load for as long as the page lives).
  await expect(alert).toContainText('加载数据时出现意外错误');
  await expect(alert).toContainText('index-builder');
  await expect(alert).toContainText('请重新加载页面');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  blocked = false;
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText('显示 6 / 6 次走访');
});

test('the dataset is cut (and half checked) in a worker, and its errors still name the problem', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText('显示 6 / 6 次走访');
  expect(workers.some((url) => /parse-worker/.test(url))).toBe(true);

  const data = dataset();
  data.people[2].id = 'BAD';
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('people[2].id');
});

test.describe('a broken network: a time-out, a cut connection, a file too big, each named with a retry', () => {
  test('a dataset request that never answers ends in a time-out that names the URL, with a retry', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (globalThis as { __DATASET_TIMEOUT_MS__?: number }).__DATASET_TIMEOUT_MS__ = 1500;
    });
    let answer = false;
    await page.route('**/data/dataset.json', (route) => (answer ? route.continue() : undefined));
    await page.goto('./');
    const alert = alertOf(page);
    await expect(alert).toContainText('data/dataset.json 在 1.5 秒内没有回应，已停止等待');
    answer = true;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText('显示 6 / 6 次走访');
  });

  test('a connection cut in the middle of the body says so, with how much had come', async ({ page }) => {
    // A server that sends the headers and part of the body, then closes the connection.
    const body = readFileSync('public/data/dataset.json');
    const server = createServer((socket) => {
      socket.once('data', () => {
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        // Closed once the part is sent (a FIN, not a reset that could drop the part in flight).
        socket.end(body.subarray(0, 20_000));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await page.route('**/data/dataset.json', (route) =>
        route.continue({ url: `http://127.0.0.1:${port}/data/dataset.json` }),
      );
      await page.goto('./');
      await expect(alertOf(page)).toContainText('读取 data/dataset.json 时连接中断');
      await expect(alertOf(page)).not.toContainText('Failed to fetch');
      await expect(alertOf(page).getByRole('button', { name: '重试' })).toBeVisible();
    } finally {
      server.close();
    }
  });

  test('a file larger than the browser can hold is refused before parsing, saying how big and the limit', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (globalThis as { __DATASET_MAX_BYTES__?: number }).__DATASET_MAX_BYTES__ = 10_000;
    });
    const body = readFileSync('public/data/dataset.json');
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({
        body,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      }),
    );
    await page.goto('./');
    const alert = alertOf(page);
    await expect(alert).toContainText(/data\/dataset\.json 有 \d+ kB，超出此浏览器能容纳的上限（约 10 kB）/);
    await expect(alert).toContainText('请把数据拆分成较小的文件');
  });
});

test('vite preview sends the headers docs/hosting.md asks of a host, consistent with the meta CSP', async ({
  page,
}) => {
  const response = await page.goto('./');
  const headers = response?.headers() ?? {};
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp.replace(/; frame-ancestors 'none'$/, '')).toBe(meta);
});
