// `npm start`: builds the extension and opens it in Chromium on the bundled seed article,
// served locally under its real zjol URL (test/pages/legacy-seed-frames).
// With a display: a normal window, left open for you. Without one: headless; saves before/after
// screenshots under out/ and prints what the extension rebuilt and hid.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { hostResolverRules, launchWithExtension, REQUIRED_ARGS, tabIdOf } from './launch-chromium.mjs';

const SAMPLE = 'legacy-seed-frames';
const OUT = 'out';
const SETTLE_MS = 1500;

const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function chromeOrExit() {
  try {
    return findChrome();
  } catch (error) {
    console.error(error instanceof Error ? error.message : INSTALL_HINT);
    process.exit(1);
  }
}

/** Sends a message of our protocol to the content script in the tab, through the service worker. */
async function ask(serviceWorker, tabId, message) {
  // Runs inside the extension's service worker, where `chrome` is the extension API.
  // eslint-disable-next-line no-undef
  const answer = await serviceWorker.evaluate(async ([id, msg]) => chrome.tabs.sendMessage(id, msg), [tabId, message]);
  if (!answer?.ok) throw new Error(`the content script did not answer ${message.type}: ${answer?.error ?? 'no answer'}`);
  return answer.value;
}

async function screenshotWithoutExtension(server, url, path) {
  const browser = await chromium.launch({
    executablePath: chromeOrExit(),
    args: [...REQUIRED_ARGS, `--host-resolver-rules=${hostResolverRules(server)}`],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    await page.screenshot({ path, fullPage: true });
  } finally {
    await browser.close();
  }
}

function report(state) {
  const article = state?.analysis?.article;
  const detection = state?.analysis?.detection;
  console.log('');
  console.log(`page      ${state?.url}`);
  console.log(`detected  ${detection?.isArticle ? 'article' : 'not an article'} (${detection?.reason})`);
  if (article) {
    console.log(`title     ${article.title}`);
    console.log(`date      ${article.date ?? '—'}`);
    console.log(`source    ${article.source ?? '— (the page’s date/source line is one of its broken blocks)'}`);
    console.log(`authors   ${article.authors.join('、') || '—'}`);
    console.log(`extractor ${article.extractor}; ${article.blocks.length} blocks, ${[...article.text].length} characters`);
  }
  const hidden = state?.hidden ?? {};
  console.log(`hidden    broken frames ${hidden['broken-frame'] ?? 0}, error fragments ${hidden['error-fragment'] ?? 0}, ads ${hidden.ad ?? 0}`);
}

async function main() {
  chromeOrExit();
  console.log('Building the extension…');
  execSync('npm run build', { stdio: 'inherit' });

  const server = await startFixtureServer();
  const url = server.urlOf(SAMPLE);
  server.prefer(SAMPLE);
  const headless = !hasDisplay;
  const launched = await launchWithExtension({ server, headless, viewport: { width: 1280, height: 900 } });
  const stop = async () => {
    await launched.close();
    await server.close();
  };
  try {
    const page = await launched.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const tabId = await tabIdOf(launched.serviceWorker, page);
    const state = await ask(launched.serviceWorker, tabId, { type: 'get-state' });
    report(state);

    if (!headless) {
      console.log(`\nChromium is open on ${url} with the extension loaded. Close the window to stop.`);
      await new Promise((resolve) => launched.context.once('close', resolve));
      return;
    }
    mkdirSync(OUT, { recursive: true });
    const before = join(OUT, 'before.png');
    const after = join(OUT, 'after.png');
    const reader = join(OUT, 'reader.png');
    await page.screenshot({ path: after, fullPage: true });
    await ask(launched.serviceWorker, tabId, { type: 'toggle-reader', on: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: reader });
    await screenshotWithoutExtension(server, url, before);
    console.log(`\nNo display: ran headless. Screenshots: ${before} (without the extension), ${after} (with it), ${reader} (reader mode).`);
  } finally {
    if (headless) await stop();
    else await stop().catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
