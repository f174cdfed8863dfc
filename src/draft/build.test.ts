import { describe, expect, it } from 'vitest';
import { draftSync } from './index';

describe('a title cut from a first paragraph', () => {
  it('is cut between whole characters, never in half an emoji', () => {
    const first = `${'走'.repeat(59)}😀访问了红星村的群众。`;
    const { dataset } = draftSync(`${first}\n县人大常委会主任王大明来到红星村。`, {
      draftedAt: '2026-12-06',
    });
    const title = dataset.bulletins[0]!.title.zh;
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(title.startsWith('走'.repeat(59))).toBe(true);
  });
});

describe('the day of an activity told without a verb of going', () => {
  it('is the first a sentence of the activity gives, also after lines that open no section of their own', () => {
    const { dataset } = draftSync(
      '九九重阳 情暖桑榆\n内容丰富、形式多样的\n敬老爱老主题活动\n共度重阳佳节\n10月18日、19日，青塘镇开展走访慰问，镇党委书记卓海明、镇长邱文博走访慰问老党员，送上慰问金。',
      { draftedAt: '2026-12-06' },
    );
    const v = dataset.bulletins[0]!.visits[0]!;
    expect(v.date?.slice(5)).toBe('10-18');
    expect(v.dateCertain).toBe(false);
  });
});
