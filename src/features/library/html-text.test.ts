/**
 * A saved web page turned into text without a DOM (as in a worker): run here in Node, where there is no
 * DOMParser. The pages are small look-alikes written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { htmlCharset, htmlToText, readHtmlText } from './html-text';

describe('a saved web page as text', () => {
  it('gives one line per block, leaves scripts and styles out, and puts the page title first', () => {
    const html = `<html><head><title>区人大走访慰问</title><style>p{color:red}</style></head><body>
      <script>alert(1)</script><div class="nav">首页 &gt; 新闻</div>
      <p>2月8日上午，区人大常委会主任<b>张三</b>来到<br>青山村。</p><ul><li>米 10袋</li><li>油 10桶</li></ul>
      <img src="x" onerror="alert(2)"></body></html>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '区人大走访慰问',
      '首页 > 新闻',
      '2月8日上午，区人大常委会主任张三来到',
      '青山村。',
      '米 10袋',
      '油 10桶',
    ]);
    // The headline in the body, after a menu: the text starts there.
    const page =
      '<title>区人大走访慰问 - 某区人大网</title><nav>首页</nav><h1>区人大走访慰问</h1><p>正文。</p>';
    expect(htmlToText(page)).toBe('区人大走访慰问\n正文。');
  });

  it('leaves out what a page does not show: svg, templates, comments, the head; reads entities and unclosed paragraphs', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>
      区人大走访慰问 </title><link rel="x"></head><body><!-- 注释 --><svg><text>图</text><svg><text>图2</text></svg></svg>
      <template><p>模板</p></template><noscript>请开启脚本</noscript><h1>区人大走访慰问</h1>
      <p>第一段&nbsp;&amp;&#x4E00;<p>第二段<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></body></html>`;
    expect(htmlToText(html).split('\n')).toEqual(['区人大走访慰问', '第一段 &一', '第二段', '甲乙', '丙']);
    // A head left open: the body that begins ends it.
    expect(htmlToText('<html><head><title>标题</title><meta x="1">头部<body><p>正文</p>')).toBe('标题\n正文');
  });

  it('finds the encoding a page declares (a BOM, a meta charset), else UTF-8', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    // GB2312 is read as GBK, its superset, as browsers do.
    expect(htmlCharset(ascii('<meta charset="gb2312"><title>x</title>'))).toBe('gbk');
    expect(htmlCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe(
      'gbk',
    );
    expect(htmlCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(htmlCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('utf-16le');
    expect(htmlCharset(ascii('<p>no declaration</p>'))).toBe('utf-8');
    expect(htmlCharset(ascii('<meta charset="no-such-encoding">'))).toBe('utf-8');
  });

  it('reads a file in pieces, in the encoding it declares, to the same text', async () => {
    // 区人大走访慰问 in GBK, after a declaration in ASCII, with 300 KB of markup so that it comes in pieces.
    const gbk = [0xc7, 0xf8, 0xc8, 0xcb, 0xb4, 0xf3, 0xd7, 0xdf, 0xb7, 0xc3, 0xce, 0xbf, 0xce, 0xca];
    const head = new TextEncoder().encode('<html><head><meta charset="gbk"><title>');
    const middle = new TextEncoder().encode(
      `</title></head><body>${'<div><span></span></div>'.repeat(12_500)}<h1>`,
    );
    const tail = new TextEncoder().encode('</h1><p>ok</p></body></html>');
    const file = new Blob([head, new Uint8Array(gbk), middle, new Uint8Array(gbk), tail]);
    expect(await readHtmlText(file)).toBe('区人大走访慰问\nok');
    const utf8 = '<title>区人大走访慰问</title><p>一</p><p>二</p>';
    expect(await readHtmlText(new Blob([utf8]))).toBe(htmlToText(utf8));
  });
});
