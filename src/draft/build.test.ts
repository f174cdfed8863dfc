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
