// @vitest-environment node
import { whenIdle } from './idle';

describe('whenIdle without requestIdleCallback (Safari, Node)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the work after the time limit', () => {
    const fn = vi.fn();
    whenIdle(fn, 500);
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not run cancelled work', () => {
    const fn = vi.fn();
    whenIdle(fn, 500)();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
