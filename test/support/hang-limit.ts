/**
 * How long a wait on state (a locator, `expect.poll`, an opened URL) may take before the test counts
 * as hung. It catches hangs, never measures speed: every wait ends as soon as its state arrives, and a
 * Chromium test sharing 2 cores with other work can take many seconds for what takes one alone.
 */
export const HANG_MS = 60_000;
