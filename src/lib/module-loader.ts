/**
 * A lazily imported chunk that is requested once and then known synchronously, so a component can
 * render it in the same commit once it is in, instead of through lazy() + Suspense (which in
 * React 19 holds revealed content back for up to 300 ms). Kept tiny: the entry chunk uses it.
 */
export function moduleLoader<M>(importer: () => Promise<M>) {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    load(): Promise<M> {
      pending ??= importer().then((m) => (loaded = m));
      // A failed load (network) may be retried by the next caller.
      pending.catch(() => (pending = null));
      return pending;
    },
    loaded: (): M | null => loaded,
  };
}
