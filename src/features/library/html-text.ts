/**
 * The text of a saved web page (.html), one line per block, as a user copying it from the browser would get it:
 * scripts, styles and templates left out, a line break after each paragraph, heading, list item, table row and
 * <br>, starting at the headline. Parsed by the browser's DOMParser (inert: nothing in the page runs or loads).
 */
const BLOCKS =
  'p,div,section,article,header,footer,main,aside,nav,h1,h2,h3,h4,h5,h6,li,tr,dt,dd,blockquote,pre,figure,figcaption,table,ul,ol';

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script,style,noscript,template,iframe,object,svg')) el.remove();
  for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
  for (const el of doc.querySelectorAll(BLOCKS)) el.append('\n');
  const title = doc.title.trim();
  const body = (doc.body?.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '');
  // The headline is where the bulletin starts: what comes before it in the body (a site's menu, its
  // breadcrumbs) is left out. A <title> is often "headline - site", so a line it holds counts. A body with no
  // such line gets the title as its first line (the drafting module reads the title from there).
  if (title) {
    const at = body.findIndex((line) => line.includes(title) || (line.length >= 6 && title.includes(line)));
    if (at > 0) body.splice(0, at);
    else if (at < 0) body.unshift(title);
  }
  return body.join('\n');
}

/** Whether a chosen file is a bulletin's text (to draft) rather than a dataset (to import). */
export function isBulletinText(file: { name: string; type: string }): boolean {
  return /\.(txt|html?)$/i.test(file.name) || file.type === 'text/plain' || file.type === 'text/html';
}

export function isHtml(file: { name: string; type: string }): boolean {
  return /\.html?$/i.test(file.name) || file.type === 'text/html';
}
