/**
 * The text of a saved web page (.html), one line per block, as a user copying it from the browser would get it:
 * scripts, styles, templates and drawings left out, a line break after each paragraph, heading, list item, table
 * row and <br>, starting at the headline.
 *
 * Read without a DOM, so that it runs in a worker (file-worker.ts) and a large page never holds up the page:
 * `htmlparser2`'s streaming parser (fb55's, kept for a decade and used by cheerio; it reads entities, the raw
 * text of scripts and styles, and the end tags HTML leaves out) takes the file in pieces as they are decoded,
 * and only the text is kept. Nothing in the page runs or loads. The encoding is the one the page declares (a
 * BOM, a meta charset: many Chinese sites still save GBK), else UTF-8.
 */
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(
  'p,div,section,article,header,footer,main,aside,nav,h1,h2,h3,h4,h5,h6,li,tr,dt,dd,blockquote,pre,figure,figcaption,table,ul,ol'.split(
    ',',
  ),
);
/** Elements whose content a reader never sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);

/** A parser that keeps a page's text, and what finishes it into lines. */
function textCollector(): { parser: Parser; finish: () => string } {
  const parts: string[] = [];
  let title = '';
  let inTitle = false;
  let titleDone = false;
  /** Hidden elements open around the text now. */
  let hidden = 0;
  /** In the head, whose text (but the title) is not shown; a body that begins ends it, also without </head>. */
  let inHead = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title' && !titleDone) inTitle = true;
        else if (name === 'head') inHead = true;
        else if (name === 'body') inHead = false;
        else if (HIDDEN.has(name)) hidden++;
        else if (name === 'br' && hidden === 0) parts.push('\n');
      },
      onclosetag(name) {
        if (name === 'title') {
          if (inTitle) titleDone = true;
          inTitle = false;
        } else if (name === 'head') inHead = false;
        else if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name) && hidden === 0) parts.push('\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (hidden === 0 && !inHead) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  const finish = () => {
    const headline = title.replace(/[ \t\n\f\r]+/g, ' ').trim();
    const body = parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t\r\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '');
    // The headline is where the bulletin starts: what comes before it in the body (a site's menu, its
    // breadcrumbs) is left out. A <title> is often "headline - site", so a line it holds counts. A body with no
    // such line gets the title as its first line (the drafting module reads the title from there).
    if (headline) {
      const at = body.findIndex(
        (line) => line.includes(headline) || (line.length >= 6 && headline.includes(line)),
      );
      if (at > 0) body.splice(0, at);
      else if (at < 0) body.unshift(headline);
    }
    return body.join('\n');
  };
  return { parser, finish };
}

export function htmlToText(html: string): string {
  const { parser, finish } = textCollector();
  parser.end(html);
  return finish();
}

/** What the first bytes of a page say its encoding is (a BOM, a meta charset), else UTF-8; one TextDecoder knows. */
export function htmlCharset(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // The declaration is in ASCII, within the first 1,024 bytes (the HTML standard's prescan).
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  const found = /<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)/i.exec(ascii)?.[1];
  if (!found) return 'utf-8';
  try {
    return new TextDecoder(found).encoding;
  } catch {
    return 'utf-8';
  }
}

/** The text of a saved web page in a file, read in pieces (a large page is never one string). */
export async function readHtmlText(file: Blob, signal?: AbortSignal): Promise<string> {
  const charset = htmlCharset(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));
  const decoder = new TextDecoder(charset);
  const { parser, finish } = textCollector();
  // A Blob without streams (an old engine, a test's stand-in): read whole.
  if (typeof file.stream !== 'function') {
    parser.end(decoder.decode(await file.arrayBuffer()));
    return finish();
  }
  const reader = file.stream().getReader();
  for (;;) {
    if (signal?.aborted) {
      await reader.cancel();
      throw new DOMException('Reading was stopped', 'AbortError');
    }
    const { done, value } = await reader.read();
    if (done) break;
    parser.write(decoder.decode(value, { stream: true }));
  }
  parser.end(decoder.decode());
  return finish();
}

/** Whether a chosen file is a bulletin's text (to draft) rather than a dataset (to import). */
export function isBulletinText(file: { name: string; type: string }): boolean {
  return /\.(txt|html?)$/i.test(file.name) || file.type === 'text/plain' || file.type === 'text/html';
}

export function isHtml(file: { name: string; type: string }): boolean {
  return /\.html?$/i.test(file.name) || file.type === 'text/html';
}
