import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { resetUrlState } from '../src/app/url-state';

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
