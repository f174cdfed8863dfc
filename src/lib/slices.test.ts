// @vitest-environment node
import { expect, it } from 'vitest';
import { runInSlices, runSteps } from './slices';

function* count(to: number, seen: number[]): Generator<void, string> {
  for (let i = 0; i < to; i += 1) {
    seen.push(i);
    yield;
  }
  return `counted ${to}`;
}

it('runs every step and returns what the steps return, at once or in slices', async () => {
  const once: number[] = [];
  expect(runSteps(count(5, once))).toBe('counted 5');
  expect(once).toEqual([0, 1, 2, 3, 4]);

  const sliced: number[] = [];
  const pausedAfter: number[] = [];
  const pause = () => {
    pausedAfter.push(sliced.length);
    return Promise.resolve();
  };
  expect(await runInSlices(count(5, sliced), pause, -1)).toBe('counted 5');
  expect(sliced).toEqual([0, 1, 2, 3, 4]);
  // Slices shorter than any step: a pause after every step.
  expect(pausedAfter).toEqual([1, 2, 3, 4, 5]);

  // Slices longer than the work: no pause at all.
  const quick: number[] = [];
  let pauses = 0;
  await runInSlices(count(5, quick), () => Promise.resolve(void (pauses += 1)), 60_000);
  expect(pauses).toBe(0);
});
