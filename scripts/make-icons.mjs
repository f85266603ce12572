// One-off: renders icons/<size>.png from scripts/icon.html in the system Chromium.
// Run `node scripts/make-icons.mjs` after changing the icon; the PNGs are committed.
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.goto(new URL('./icon.html', import.meta.url).href);
  await page.screenshot({ path: `icons/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
