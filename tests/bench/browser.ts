import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, VIEWPORT, chromiumExecutable } from '../chromium';

export { VIEWPORT };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: QUIET_CHROMIUM_ARGS });
}

/** A fresh context: its own HTTP cache and storage, so every cold start really starts cold. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT });
}
