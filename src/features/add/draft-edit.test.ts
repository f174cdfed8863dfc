import { userBulletin } from '../../testing/user-bulletin';
import { datasetSchema } from '../../data/schema';
import { emptyFields } from '../../data/library';
import {
  acceptAll,
  acceptFact,
  applyFields,
  fillFields,
  fromIsoOffset,
  issueCount,
  placeIssues,
  removeFact,
  setEvidence,
  toIsoOffset,
} from './draft-edit';

const draft = userBulletin();
const participant = { visit: 0, kind: 'participant', index: 0 } as const;

describe('review of a draft', () => {
  it('accepts a fact (and what it names) without touching the others; the bulletin stays a draft until all are', () => {
    const once = acceptFact(draft, participant);
    expect(once.bulletins[0]!.visits[0]!.participants[0]!.drafted).toBeUndefined();
    expect(once.bulletins[0]!.visits[0]!.supplies[0]!.drafted).toBe(true);
    expect(once.bulletins[0]!.drafted).toBe(true);
    expect(draft.bulletins[0]!.visits[0]!.participants[0]!.drafted).toBe(true);
    expect(acceptAll(draft).bulletins[0]!.drafted).toBeUndefined();
  });

  it('sets evidence from a selection and removes a fact', () => {
    const moved = setEvidence(draft, participant, { paragraph: 1, quote: '李红', offset: 6 });
    expect(moved.bulletins[0]!.visits[0]!.participants[0]!.evidence).toEqual({
      paragraph: 1,
      quote: '李红',
      offset: 6,
    });
    expect(
      removeFact(draft, { visit: 0, kind: 'supply', index: 0 }).bulletins[0]!.visits[0]!.supplies,
    ).toEqual([]);
  });

  it('places schema problems next to the field or fact they concern', () => {
    const misquoted = setEvidence(draft, participant, { paragraph: 1, quote: '不在原文中' });
    const broken = applyFields(misquoted, { ...emptyFields, publishedAt: '2月12日' });
    const result = datasetSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const placed = placeIssues(broken, result.error!.issues);
    expect(placed.fields.title).toEqual(['must not be empty']);
    expect(placed.fields.publishedAt?.[0]).toMatch(/ISO date-time/);
    expect(placed.facts.get('0:participant:0')).toEqual([
      { field: 'evidence', message: expect.stringMatching(/quote/) as string },
    ]);
    expect(issueCount(placed)).toBe(3);
  });

  it('reads and writes the publication time as China time', () => {
    expect(toIsoOffset('2020-02-14T09:45')).toBe('2020-02-14T09:45:00+08:00');
    expect(toIsoOffset('')).toBeNull();
    expect(fromIsoOffset('2020-02-14T09:45:00+08:00')).toBe('2020-02-14T09:45');
    expect(
      fillFields(
        { ...emptyFields, title: '我的标题' },
        { title: '文中标题', publishedAt: '2020-02-14T09:45:00+08:00' },
      ),
    ).toMatchObject({
      title: '我的标题',
      publishedAt: '2020-02-14T09:45',
    });
  });
});
