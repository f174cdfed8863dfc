import { describe, expect, it } from 'vitest';
import { DatasetLoadError, type LoadProblem } from '../data/load-error';
import { translator } from '../i18n/i18n';
import { describeLoadError } from './load-error-alert';

const zh = translator('zh');
const url = 'data/dataset.json';
const problems: LoadProblem[] = [
  { kind: 'network', url, reason: 'Failed to fetch' },
  { kind: 'timeout', url, seconds: 30, bytes: 0 },
  { kind: 'timeout', url, seconds: 30, bytes: 5_000_000 },
  { kind: 'cut', url, bytes: 1_000_000, expected: 2_000_000, reason: 'network error' },
  { kind: 'cut', url, bytes: 1_000_000, expected: null, reason: 'network error' },
  { kind: 'too-big', url, bytes: 900_000_000, limit: 512_000_000, whole: true },
  { kind: 'too-big', url, bytes: 600_000_000, limit: 512_000_000, whole: false },
];

describe('a network problem, on the Chinese page', () => {
  it.each(problems)('names the URL and what to do, in Chinese: %j', (problem) => {
    const { summary } = describeLoadError(new DatasetLoadError(problem), zh);
    expect(summary).toContain(url);
    expect(summary).toMatch(/重试|拆分/);
    expect(summary).not.toMatch(/Failed to fetch|network error/);
  });

  it('says how big the file is and what the limit is', () => {
    const { summary } = describeLoadError(new DatasetLoadError(problems[5] as LoadProblem), zh);
    expect(summary).toContain('900 MB');
    expect(summary).toContain('512 MB');
  });

  it('frames an unexpected error in Chinese', () => {
    expect(describeLoadError(new Error('boom'), zh).summary).toBe(
      '加载数据时出现意外错误（boom）。请点“重试”；若仍失败，请重新加载页面。',
    );
  });
});
