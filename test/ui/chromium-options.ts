/** Debian's Chromium, driven headless by playwright-core. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless, offline, throw-away Chromium. */
export const CHROMIUM_ARGS: ReadonlyArray<string> = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
