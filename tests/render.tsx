import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Providers } from '../src/app/providers';

/** A fresh QueryClient per test, without retries, so error states show at once. */
export function renderWithProviders(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
