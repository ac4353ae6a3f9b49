import { createElement, lazy, type ComponentType } from 'react';

/**
 * React.lazy() keeps a failed import's rejection for good, so "Försök igen" would only throw the
 * same error again. A lazy component from here is made anew after `retryLazyChunks()` (called by
 * the view's error boundary before it re-renders), which re-runs the import.
 */
let generation = 0;

export function retryLazyChunks() {
  generation++;
}

export function retryableLazy<P extends object>(importer: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let made = -1;
  let Lazy: ComponentType<P> = () => null;
  return function RetryableLazy(props: P) {
    if (made !== generation) {
      made = generation;
      Lazy = lazy(importer) as unknown as ComponentType<P>;
    }
    return createElement(Lazy, props);
  };
}
