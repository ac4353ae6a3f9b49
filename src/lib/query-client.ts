import { QueryClient } from '@tanstack/react-query';
import { DataError } from './data-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Static files do not change while the page is open.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // Retry only what can heal (network, 5xx); a malformed file stays malformed.
        retry: (count, error) =>
          count < 2 && error instanceof DataError && (error.kind === 'network' || error.kind === 'http'),
      },
    },
  });
}
