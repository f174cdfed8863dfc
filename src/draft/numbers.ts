/** Arabic and Chinese numerals ("800", "1.5万", "两千", "二十", "廿二", "壹万"), via nzh for the Chinese ones. */
import nzhcn from 'nzh/cn';

/** A number as written: "800", "1,000", "1.5万", "1万5000", "两千". */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+万零?\d+(?:千|百)?|\d+千零?\d+百?|\d+(?:\.\d+)?(?:万|千|百)?|[零〇一二两三四五六七八九十百千万]+|[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万]*)`;

export function parseNumber(written: string): number | null {
  const text = /^\d{1,3}(?:,\d{3})+$/.test(written) ? written.replace(/,/g, '') : written;
  // ("1万5000元", "2万3千元", "3千5百元": a number written in two parts.)
  const parts = /^(\d+)(万|千)零?(\d+(?:千|百)?)$/.exec(text);
  if (parts) {
    const rest = parseNumber(parts[3]!);
    return rest === null ? null : Number(parts[1]) * (parts[2] === '万' ? 10000 : 1000) + rest;
  }
  const arabic = /^(\d+(?:\.\d+)?)(万|千|百)?$/.exec(text);
  if (arabic) {
    const base = Number(arabic[1]);
    const scale = arabic[2] === '万' ? 10000 : arabic[2] === '千' ? 1000 : arabic[2] === '百' ? 100 : 1;
    return Math.round(base * scale * 1000) / 1000;
  }
  // ("壹万元", "贰仟伍佰元": the formal numerals of money.)
  if (/^[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万]*$/.test(text)) {
    const formal = Number(nzhcn.decodeB(text));
    return Number.isFinite(formal) && formal > 0 ? formal : null;
  }
  if (!/^[零〇一二两三四五六七八九十百千万廿卅]+$/.test(text)) return null;
  // ("廿二" is twenty-two, "卅" thirty, as Hong Kong and Macau papers write days.)
  const value = Number(
    nzhcn.decodeS(
      text.replace(/两/g, '二').replace(/〇/g, '零').replace(/^廿/, '二十').replace(/^卅/, '三十'),
    ),
  );
  return Number.isFinite(value) && value > 0 ? value : null;
}
