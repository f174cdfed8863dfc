/**
 * Charts that come near the screen together start drawing one per task, in the order they came, and one that
 * leaves before its turn does not draw.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useNearViewport } from './use-near-viewport';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
const observers = new Map<Element, Callback>();

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: Callback) {}
      observe(element: Element) {
        observers.set(element, this.callback);
      }
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  observers.clear();
});

function Chart({ name }: { name: string }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} data-testid={name}>
      {near ? `${name} drawn` : `${name} waiting`}
    </div>
  );
}

const shown = () => ['a', 'b', 'c'].map((n) => screen.getByTestId(n).textContent);
const come = (name: string, isIntersecting = true) =>
  act(() => observers.get(screen.getByTestId(name))?.([{ isIntersecting }]));

/** Three charts, near the screen all at once. */
function threeComeNear() {
  render(
    <>
      <Chart name="a" />
      <Chart name="b" />
      <Chart name="c" />
    </>,
  );
  come('a');
  come('b');
  come('c');
}

it('draws the charts that come near together one per task, in turn', async () => {
  threeComeNear();
  expect(shown()).toEqual(['a waiting', 'b waiting', 'c waiting']);
  await act(() => vi.advanceTimersToNextTimerAsync());
  expect(shown()).toEqual(['a drawn', 'b waiting', 'c waiting']);
  await act(() => vi.advanceTimersToNextTimerAsync());
  expect(shown()).toEqual(['a drawn', 'b drawn', 'c waiting']);
  await act(() => vi.advanceTimersToNextTimerAsync());
  expect(shown()).toEqual(['a drawn', 'b drawn', 'c drawn']);
});

it('does not draw a chart that leaves before its turn, and stops drawing one that leaves', async () => {
  threeComeNear();
  come('b', false);
  await act(() => vi.runAllTimersAsync());
  expect(shown()).toEqual(['a drawn', 'b waiting', 'c drawn']);
  come('a', false);
  expect(shown()).toEqual(['a waiting', 'b waiting', 'c drawn']);
});
