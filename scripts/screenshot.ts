/**
 * Takes Chromium screenshots of app URLs so a person can look at each screen:
 *   npx tsx scripts/screenshot.ts http://localhost:4173/ out.png [width] [height]
 */
import { launchChromium } from '../tests/e2e/browser.ts';

const [url, out = 'tmp/screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
if (!url) {
  console.error('Användning: tsx scripts/screenshot.ts <url> [fil.png] [bredd] [höjd]');
  process.exit(2);
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(url);
await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.mapIdle ?? 0) > 0, null, { timeout: 30_000 }).catch(() => console.error('kartan blev aldrig idle'));
await page.screenshot({ path: out, fullPage: true });
console.log(`sparade ${out}`);
await browser.close();
