import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that make Debian's Chromium work headless in this sandbox: software WebGL via SwiftShader
// for MapLibre, and no background calls to Google services (the network is closed).
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 156 builds its WebUI omnibox popup (chrome://omnibox-popup.top-chrome) in a renderer of
  // its own for every new window, headless too: about 2 s of CPU per browser context in a trace,
  // taken from the page under test on a two-core machine (docs/performance.md, "Kompositering").
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/**
 * `software`: the flags above (--disable-gpu): the page is composited in software, so every new
 * frame of a WebGL canvas is read back into the renderer's main thread, which waits for it.
 * `gpu`: without --disable-gpu, SwiftShader also composites, as a GPU does in a user's browser:
 * the canvas is handed over as a texture and the main thread does not wait for its frame. The
 * tests use `software` (the mode that has always been stable here); the benchmark measures in
 * `gpu` by default (docs/performance.md, "Kompositering").
 */
export type Compositing = 'software' | 'gpu';

export function chromiumArgs(compositing: Compositing = 'software'): string[] {
  return compositing === 'software' ? CHROMIUM_ARGS : CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu');
}

export function launchChromium(compositing: Compositing = 'software'): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs(compositing), headless: true });
}
