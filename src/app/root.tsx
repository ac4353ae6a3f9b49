import './../lib/zod-setup';
import { App } from './app';
import { Providers } from './providers';
import { createQueryClient } from '../lib/query-client';
import { areasQueryOptions } from '../features/areas/api/areas';
import { basemapQueryOptions } from '../features/areas/api/basemap';
import { indexDefinitionQueryOptions } from '../features/index/api/index-definition';
import { indexValuesQueryOptions } from '../features/index/api/index-values';
import { preloadCharts } from '../features/index/components/lazy-charts';

const client = createQueryClient();

/**
 * Asks for every data file at once, before React renders the first hook. Called by the entry when
 * the app is about to be shown (after the map's first idle), not when this chunk runs: parsing and
 * validating the files while the map loads would hold the map back (docs/performance.md).
 */
export function startData() {
  // Not the delområden: the first view does not show them (the app asks for them when idle).
  for (const options of [areasQueryOptions(), basemapQueryOptions(), indexDefinitionQueryOptions(), indexValuesQueryOptions()]) {
    void client.prefetchQuery(options as Parameters<typeof client.prefetchQuery>[0]);
  }
  preloadCharts();
}

/** Everything behind the first paint: data layer (query, zod), views and copy. */
export default function Root() {
  return (
    <Providers client={client}>
      <App />
    </Providers>
  );
}
