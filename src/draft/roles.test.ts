import { describe, expect, it } from 'vitest';
import { draftSync } from './index';
import { ROLE_RULES, roleOf } from './roles';

/** The role the whole draft gives a person named in one visit sentence. */
function roleIn(sentence: string, name: string): string | null {
  const { dataset } = draftSync(`标题\n${sentence}`);
  const id = dataset.people.find((p) => p.name.zh === name)?.id;
  const p = dataset.bulletins[0]!.visits.flatMap((v) => v.participants).find((x) => id && x.personId === id);
  return p?.role ?? null;
}

describe.each(ROLE_RULES)('role rule: $name', (rule) => {
  it.each(rule.reads)('reads "%s": %s', (sentence, name) => {
    expect(roleIn(sentence, name)).toBe(rule.role);
  });
  it.each(rule.not)('does not read "%s": %s', (sentence, name) => {
    expect(roleIn(sentence, name)).not.toBe(rule.role);
  });
});

describe('roleOf', () => {
  it('gives no role to a name no rule reads (a household visited)', () => {
    const sentence = '县长钱程走访贫困户路小军家。';
    const start = sentence.indexOf('路小军');
    const m = { name: '路小军', start, end: start + 3, title: null, quoteStart: start, quoteEnd: start + 3 };
    expect(roleOf({ sentence, m, trigger: sentence.indexOf('走访') })).toBeNull();
  });
});
