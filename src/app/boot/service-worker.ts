/**
 * Registers the service worker (built by vite-plugin-pwa, docs/hosting.md "Offline") once the
 * page has loaded and the browser is idle, so that precaching never competes with the first paint;
 * main.tsx calls it after the map's first idle, since the browser is often idle while the map's
 * worker and the GPU work. Not in `npm run dev` (no sw.js there) nor where the browser has none.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // No offline copy (e.g. a private window): the app works online as before.
    });
  };
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5_000 }) : setTimeout(register, 1_000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
