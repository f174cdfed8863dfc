/**
 * Long work as steps (a generator that yields between them), run either at once or in slices with a pause
 * between, so that no task of a large load holds the page for long: one home for both loops.
 */

/** The pause between slices: the next task, so that the page can paint and take input in between. */
export const nextTask = () => new Promise<void>((next) => setTimeout(next, 0));

/** A slice of work this long (ms), then a pause. */
export const SLICE_MS = 30;

/** Runs the steps to their end, at once; returns what the generator returns. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps in slices of about `sliceMs`, awaiting `pause()` between slices. */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > sliceMs) {
      await pause();
      since = performance.now();
    }
  }
}
