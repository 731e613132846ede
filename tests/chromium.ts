import { existsSync } from 'node:fs';

/**
 * The browser every test and benchmark drives. Playwright cannot download its own browser
 * on these machines: use Debian's Chromium when it is there (CI installs it), else
 * Playwright's own (a developer's laptop). CHROMIUM_PATH overrides both.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumExecutable: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

/** Flags that keep Chromium from calling home or doing background work: nothing may leave the machine. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** The desktop size of the e2e tests and the benchmark: the same charts are visible in both. */
export const VIEWPORT = { width: 1440, height: 1000 } as const;
