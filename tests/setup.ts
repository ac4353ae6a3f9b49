import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../mocks/node';
import { resetUrlState } from '../src/app/url/store';

// jsdom has no requestIdleCallback; a browser calls it as soon as it has nothing else to do, which
// in a test is the next task. Without it, work the app leaves for idle time would wait for its
// fallback timer (src/lib/idle.ts).
if (typeof window !== 'undefined' && typeof window.requestIdleCallback !== 'function') {
  window.requestIdleCallback = (cb) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0);
  window.cancelIdleCallback = (handle) => window.clearTimeout(handle);
}

// The build's first frame is computed from public/, while these tests serve the fixtures in
// tests/fixtures (msw): the app starts without one here, as it does for any non-default start.
// Its own tests: scripts/lib/first-frame.test.ts, style-sources in map-style.test.ts, tests/e2e/map.e2e.ts.
vi.mock('virtual:first-frame', () => ({ default: null }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Tests of pure code may run in the node environment, where there is no window.
  if (typeof window !== 'undefined') {
    window.history.replaceState(null, '', '/');
    resetUrlState('');
  }
});
afterAll(() => server.close());
