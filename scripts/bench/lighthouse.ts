/**
 * Lighthouse (pinned 12.2.3, see package.json) on the app and on the bare page, in the same run:
 * desktop form factor without throttling (this machine is the device), performance only, each
 * page in a fresh Chromium launched by chrome-launcher with the bench's flags (SwiftShader WebGL).
 * Runs alternate between the two pages so neither always gets the warmer machine.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH, chromiumArgs, type Compositing } from '../../tests/e2e/browser.ts';

export interface LighthouseResult {
  score: number;
  /** ms; CLS unitless. */
  tbt: number;
  speedIndex: number;
  lcp: number;
  cls: number;
}

async function once(url: string, compositing: Compositing): Promise<LighthouseResult> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: chromiumArgs(compositing), logLevel: 'silent' });
  try {
    const runner = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      { ...desktopConfig, settings: { ...desktopConfig.settings, throttlingMethod: 'provided', onlyCategories: ['performance'] } },
    );
    const lhr = runner?.lhr;
    if (!lhr) throw new Error(`Lighthouse gav inget resultat för ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: lhr.categories.performance?.score ?? NaN,
      tbt: Math.round(audit('total-blocking-time')),
      speedIndex: Math.round(audit('speed-index')),
      lcp: Math.round(audit('largest-contentful-paint')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    };
  } finally {
    chrome.kill();
  }
}

/** `runs` Lighthouse runs of each URL, alternating. */
export async function lighthouseRuns(urls: { app: string; bare: string }, runs: number, compositing: Compositing) {
  const out = { app: [] as LighthouseResult[], bare: [] as LighthouseResult[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
    for (const page of order) out[page].push(await once(urls[page], compositing));
  }
  return out;
}
