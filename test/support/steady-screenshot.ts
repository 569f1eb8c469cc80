import { homedir } from 'node:os';
import type { Locator, Page } from 'playwright-core';

/**
 * What changes from run to run on a screen, and the fixed text that stands in for it while the
 * picture is taken: meeting codes and resource ids the emulator draws at random, clock times and
 * dates (in words and in file names) from the real clock, durations and countdowns, loopback ports,
 * sign-in state values and temporary folders. Each stand-in has one length, so the layout is the
 * same on every run. Order matters: ports go before clock times, which would match inside them.
 */
const VOLATILE: ReadonlyArray<readonly [pattern: string, flags: string, replacement: string]> = [
  ['\\b[a-z]{3}-[a-z]{4}-[a-z]{3}\\b', 'g', 'abc-mnop-xyz'],
  ['\\b(spaces|conferenceRecords|participants|recordings|transcripts|smartNotes|entries)/[A-Za-z0-9_-]+', 'g', '$1/id0123456789'],
  ['(127\\.0\\.0\\.1|localhost|\\[::1\\])(:|%3A)\\d+', 'gi', '$1$240000'],
  ['\\b(state|code_challenge|nonce|token|login_hint)=[A-Za-z0-9_.%-]+', 'g', '$1=stand-in'],
  // mkdtemp's six random characters, after a dash (test folders) or a dot (the keyring sandbox's HOME).
  ['quickmeet-([a-z]+)([.-])[A-Za-z0-9]{6}', 'g', 'quickmeet-$1$2XXXXXX'],
  // Each test file's own folder under the run's temporary root (test/support/temp-per-file.ts).
  ['/file-[A-Za-z0-9]{6}(?![A-Za-z0-9])', 'g', '/file-XXXXXX'],
  // Timestamps first (ISO, and the dashed form in file names), then bare dates.
  ['\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}([:-])\\d{2}[:-]\\d{2}(?:[.-]\\d{3})?Z', 'g', '2026-11-24T09$141$100.000Z'],
  ['\\b\\d{4}-\\d{2}-\\d{2}\\b', 'g', '2026-11-24'],
  ['\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}\\b', 'g', 'Nov 24'],
  ['(?<![\\d.:])\\d{1,2}:\\d{2}:\\d{2}(?!\\d)', 'g', '01:02:03'],
  ['(?<![\\d.:])\\d{1,2}:\\d{2}\\s?[AP]M\\b', 'g', '09:41 AM'],
  ['(?<![\\d.:])\\d{1,2}:\\d{2}(?![\\d:])', 'g', '09:41'],
  ['\\b\\d+ h \\d{2} min\\b', 'g', '1 h 05 min'],
  ['\\b\\d+ min\\b', 'g', '12 min'],
  ['\\b\\d+ s\\b', 'g', '45 s'],
];

/** In the page: puts the stand-ins in place, keeps them there while React re-renders, and answers how to undo it. */
function steady(volatile: typeof VOLATILE): void {
  const patterns = volatile.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement] as const);
  const standIn = (text: string) => patterns.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
  const texts = new Map<Text, string>();
  const fields = new Map<HTMLInputElement | HTMLTextAreaElement, string>();
  const placeholders = new Map<HTMLInputElement | HTMLTextAreaElement, string>();
  const steadyText = (node: Text) => {
    const value = node.nodeValue ?? '';
    const replaced = standIn(value);
    if (replaced === value) return;
    if (!texts.has(node)) texts.set(node, value);
    node.nodeValue = replaced;
  };
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) steadyText(node as Text);
  };
  walk(document.body);
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    const replaced = standIn(field.value);
    if (replaced === field.value) continue;
    fields.set(field, field.value);
    field.value = replaced;
  }
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
    const replaced = standIn(field.placeholder);
    if (replaced === field.placeholder) continue;
    placeholders.set(field, field.placeholder);
    field.placeholder = replaced;
  }
  // A tick of the clock or a push re-renders text between now and the picture: steady it again at once.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') steadyText(record.target as Text);
      else record.addedNodes.forEach(walk);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  (window as unknown as { __quickmeetUnsteady?: () => void }).__quickmeetUnsteady = () => {
    observer.disconnect();
    // Put back only what still shows a stand-in: text React has changed since is already current.
    for (const [node, original] of texts) if (node.nodeValue === standIn(original)) node.nodeValue = original;
    for (const [field, original] of fields) if (field.value === standIn(original)) field.value = original;
    for (const [field, original] of placeholders) if (field.placeholder === standIn(original)) field.placeholder = original;
  };
}

/** In the page: takes the stand-ins away again. */
function unsteady(): void {
  const holder = window as unknown as { __quickmeetUnsteady?: () => void };
  holder.__quickmeetUnsteady?.();
  delete holder.__quickmeetUnsteady;
}

/**
 * A full-page PNG of `page` that is the same on every run: volatile text shows fixed stand-ins (put
 * back right after), CSS animations and transitions are finished, and the text caret is hidden.
 */
export async function steadyScreenshot(page: Page, mask: ReadonlyArray<Locator> = []): Promise<Buffer> {
  // The home folder (the default export folder lives in it) differs between machines and keyring sandboxes.
  const home = homedir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.evaluate(steady, [[home, 'g', '/home/user'], ...VOLATILE] as const);
  try {
    return await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css', mask: [...mask] });
  } finally {
    await page.evaluate(unsteady).catch(() => undefined);
  }
}
