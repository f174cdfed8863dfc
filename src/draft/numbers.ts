/** Arabic and Chinese numerals ("800", "1.5万", "两千", "二十"), via nzh for the Chinese ones. */
import nzhcn from 'nzh/cn';

export const NUMBER_SOURCE = String.raw`(?:\d+(?:\.\d+)?(?:万|千|百)?|[零〇一二两三四五六七八九十百千万]+)`;

export function parseNumber(text: string): number | null {
  const arabic = /^(\d+(?:\.\d+)?)(万|千|百)?$/.exec(text);
  if (arabic) {
    const base = Number(arabic[1]);
    const scale = arabic[2] === '万' ? 10000 : arabic[2] === '千' ? 1000 : arabic[2] === '百' ? 100 : 1;
    return Math.round(base * scale * 1000) / 1000;
  }
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return null;
  const value = Number(nzhcn.decodeS(text.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isFinite(value) && value > 0 ? value : null;
}
