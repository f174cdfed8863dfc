/**
 * A draft never fails: whatever the text, drafting gives a dataset its own schema accepts, with every quote found
 * verbatim at its offset (issue 20 §6). Texts are made of the genre's pieces in random order and cut anywhere,
 * with hostile characters mixed in; the seed is fixed, so a failure is the same on every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../data/schema';
import { draftSync } from './index';

const pieces = [
  '2月3日上午，',
  '县人大常委会主任王大明',
  '、副主任李小红',
  '一行来到',
  '红星村',
  '东风、红星、新华等社区',
  '城关镇敬老院',
  '河滨街道新民社区',
  '、惠农区综合养老服务中心等地',
  '锅炉房、换热站',
  '，为困难群众送去',
  '米面油各50份',
  '口罩（1,000个）',
  '价值2000多元的蔬菜瓜果',
  '慰问金每户500元',
  '。',
  '；随后来到',
  '在镇长吴刚的陪同下，',
  '受县长委托，',
  '由代表张建设带队，',
  '图为王大明在红星村',
  '发布时间：2021-02-03 10:21 来源：某县人大',
  '（记者 张三 通讯员 李四）',
  '行政長官林鄭月娥今日到訪石硤尾邨',
  '\n',
  '\n\n',
  '，',
  '分别',
  '他带领',
  '从1月27日起',
  '当天下午',
  '方案明确，',
  '\u202e',
  '\u200b',
  '𠮷',
  '<script>',
  '9'.repeat(40),
  '一二三四五六七八九十百千万',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''))
  .filter((t) => t.trim().length > 0);

function quotesHold(d: Dataset): boolean {
  const b = d.bulletins[0]!;
  const evs = b.visits.flatMap((v) => [
    v.evidence,
    ...v.participants.map((p) => p.evidence),
    ...v.supplies.map((s) => s.evidence),
    ...v.inspected.map((i) => i.evidence),
    ...v.remarks.map((r) => r.evidence),
  ]);
  return evs.every(
    (e) =>
      b.paragraphs[e.paragraph] !== undefined && b.paragraphs[e.paragraph]!.startsWith(e.quote, e.offset),
  );
}

describe('drafting any text', () => {
  it('gives a dataset its schema accepts, quoting verbatim', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { dataset } = draftSync(t, { draftedAt: '2026-12-06' });
        expect(datasetSchema.safeParse(dataset).error?.issues ?? []).toEqual([]);
        expect(quotesHold(dataset)).toBe(true);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('refuses only an empty text', () => {
    expect(() => draftSync('  \n\t ')).toThrow(/empty/);
  });
});
