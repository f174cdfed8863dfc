import { describe, expect, it } from 'vitest';
import { draftSync } from './index';
import { normalise, rawSpan } from './normalise';

describe('normalise', () => {
  it.each([
    [
      'converts Traditional script to Simplified',
      '區人大常委會副主任譚明華率隊赴東風社區，贈送口罩。',
      '区人大常委会副主任谭明华率队赴东风社区,赠送口罩。',
      '东风社区',
      '東風社區',
    ],
    [
      'folds full-width letters and digits (NFKC)',
      '送去Ｎ９５口罩１００个',
      '送去N95口罩100个',
      '100个',
      '１００个',
    ],
    [
      'leaves out the pinyin a converter wrote after a character, and out of a quote that ends before it',
      '副主任(rèn)邵景祥到青龍社區(qū)。',
      '副主任邵景祥到青龙社区。',
      '青龙社区',
      '青龍社區',
    ],
    [
      'keeps the pinyin inside a quote that runs past it',
      '副主任(rèn)邵景祥到青龍社區(qū)。',
      '副主任邵景祥到青龙社区。',
      '副主任邵景祥',
      '副主任(rèn)邵景祥',
    ],
    [
      'writes the aspect mark after a verb as 着 (提著, 帶著), and keeps 著 elsewhere (顯著, 著名)',
      '員工提著礦泉水、帶著水果，成效顯著的著名企業',
      '员工提着矿泉水、带着水果,成效显著的著名企业',
      '提着矿泉水',
      '提著礦泉水',
    ],
    [
      'keeps brackets that hold no pinyin',
      '王大明（左二）与(CPPCC)委员',
      '王大明(左二)与(CPPCC)委员',
      '(左二)',
      '（左二）',
    ],
  ])('%s, keeping offsets', (_, raw, text, found, quoted) => {
    const n = normalise(raw);
    expect(n.text).toBe(text);
    const at = n.text.indexOf(found);
    const span = rawSpan(n, at, at + found.length);
    expect(raw.slice(span.start, span.end)).toBe(quoted);
  });

  it('keeps the pinyin out of the places a draft names; a supply keeps the words of its quote', () => {
    const d = draftSync('标题\n1月16日，代表們來到養(yǎng)老院，送上食用油和慰問(wèn)金。').dataset;
    const v = d.bulletins[0]!.visits[0]!;
    expect(d.places.find((p) => p.id === v.placeId)?.name.zh).toBe('養老院');
    expect(v.supplies.map((s) => [s.text, s.evidence.quote])).toEqual([
      ['食用油', '食用油'],
      ['慰問(wèn)金', '慰問(wèn)金'],
    ]);
  });

  it('keeps the pinyin out of the names and titles a draft shows', () => {
    const d = draftSync(
      '标题\n7月22日，沂水縣人大常委會副主任(rèn)曾(zēng)德明帶領(lǐng)督導組到高莊鎮(zhèn)督導。',
    ).dataset;
    expect(d.people.map((p) => [p.name.zh, p.titles?.map((t) => t.zh)])).toEqual([
      ['曾德明', ['沂水縣人大常委會副主任']],
    ]);
  });

  it('keeps a valid map when NFKC changes the length', () => {
    const raw = '温度㍱测量后，来到红星社区';
    const n = normalise(raw);
    expect(n.text.length).toBeGreaterThan(raw.length);
    const at = n.text.indexOf('红星社区');
    const span = rawSpan(n, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe('红星社区');
    // A span inside an expanded character quotes the whole raw character.
    const inside = n.text.indexOf('hPa');
    const s2 = rawSpan(n, inside + 1, inside + 2);
    expect(raw.slice(s2.start, s2.end)).toBe('㍱');
  });

  it('is the identity on plain Simplified text', () => {
    const raw = '2月7日上午,市人大常委会副主任李志宏来到金花坪社区。';
    const n = normalise(raw);
    expect(n.text).toBe(raw);
    expect(Array.from(n.toRaw)).toEqual(Array.from({ length: raw.length + 1 }, (_, i) => i));
  });
});

describe('names with characters outside the common plane or invisible ones', () => {
  const lead = (text: string) => {
    const d = draftSync(`标题\n${text}`).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    return d.people.find((p) => p.id === v.participants.find((x) => x.role === 'lead')?.personId)?.name.zh;
  };
  it('reads a lead whose name holds 𠮷 or 𪚥, and quotes it as written', () => {
    expect(lead('县人大常委会主任王𠮷来到红星村，送去口罩。')).toBe('王𠮷');
    expect(lead('县人大常委会主任李𪚥明来到红星村，送去口罩。')).toBe('李𪚥明');
  });
  it('reads a lead with an invisible character inside the name, and shows the name without it', () => {
    expect(lead('县人大常委会主任王\u200b大明来到红星村，送去口罩。')).toBe('王大明');
  });
  it('keeps every offset on the raw text', () => {
    const n = normalise('主任王\u200b𠮷来到');
    expect(n.text).toBe('主任王\u9fa5来到');
    const span = rawSpan(n, 2, 4);
    expect('主任王\u200b𠮷来到'.slice(span.start, span.end)).toBe('王\u200b𠮷');
  });
});
