import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

/** Debian's Chromium on these machines (Playwright cannot download its own here). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from calling home or doing background work during a run. */
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** The e2e tests' desktop size: the layout (and so which charts are visible) matches them. */
export const VIEWPORT = { width: 1440, height: 1000 } as const;

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return chromium.launch({ executablePath, args: QUIET_CHROMIUM });
}

/** A fresh context: its own HTTP cache and storage, so every cold start really starts cold. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT });
}
