import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  guardNavigation,
  handleWindowOpen,
  judgeNavigation,
  type GuardedContents,
  type WindowOpenDetails,
} from '../../electron/shell/navigation-guard';
import { RecordingUrlOpener } from '../support/in-memory-ports';

const FOREIGN = [
  'https://evil.example/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://bundle/../x',
  'app://bundle/index.html',
  'https://meet.google.com.evil.com/abc-mnop-xyz',
  'https://evil.com#@meet.google.com',
  'http://meet.google.com/abc-mnop-xyz',
  'data:text/html,<script>alert(1)</script>',
  'https://mеet.google.com/abc-mnop-xyz', // Cyrillic "е"
];

/** A webContents stand-in: real EventEmitter events, the window-open handler kept for the test to call. */
class FakeContents extends EventEmitter {
  openHandler: ((details: WindowOpenDetails) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }): void {
    this.openHandler = handler;
  }
}

function navigationEvent(url: string, isMainFrame = true) {
  const event = { url, isMainFrame, defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
  return event;
}

function guarded() {
  const contents = new FakeContents();
  const urlOpener = new RecordingUrlOpener();
  guardNavigation(contents satisfies GuardedContents, urlOpener);
  return { contents, urlOpener };
}

describe('navigation guard (E12–E14)', () => {
  it.each(FOREIGN)('refuses to navigate to %s and does not open it', (url) => {
    const { contents, urlOpener } = guarded();
    const event = navigationEvent(url);
    contents.emit('will-navigate', event, url);
    expect(event.defaultPrevented).toBe(true);
    expect(urlOpener.opened).toEqual([]);
    expect(judgeNavigation(url)).toBe('deny');
  });

  it('refuses an allow-listed Meet link in the window but opens it in the browser', () => {
    const { contents, urlOpener } = guarded();
    const event = navigationEvent('https://meet.google.com/abc-mnop-xyz');
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
    expect(urlOpener.opened).toEqual(['https://meet.google.com/abc-mnop-xyz']);
  });

  it.each([...FOREIGN, 'https://meet.google.com/abc-mnop-xyz'])('refuses every redirect, to %s too, and opens nothing', (url) => {
    const { contents, urlOpener } = guarded();
    const event = navigationEvent(url);
    contents.emit('will-redirect', event, url);
    expect(event.defaultPrevented).toBe(true);
    expect(urlOpener.opened).toEqual([]);
  });

  it('refuses sub-frame navigations', () => {
    const { contents } = guarded();
    const event = navigationEvent('app://bundle/index.html', false);
    contents.emit('will-frame-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('prevents every <webview> from attaching', () => {
    const { contents } = guarded();
    const event = navigationEvent('about:blank');
    contents.emit('will-attach-webview', event, { preload: '/x.js' }, { src: 'https://meet.google.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(FOREIGN)('always denies window.open(%s) and opens nothing', (url) => {
    const { contents, urlOpener } = guarded();
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(urlOpener.opened).toEqual([]);
  });

  it('denies window.open of an allow-listed link too, handing it to the UrlOpener', async () => {
    const urlOpener = new RecordingUrlOpener();
    expect(handleWindowOpen('https://meet.google.com/abc-mnop-xyz', urlOpener)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('https://accounts.google.com/o/oauth2/v2/auth', urlOpener)).toEqual({ action: 'deny' });
    expect(urlOpener.opened).toEqual(['https://meet.google.com/abc-mnop-xyz', 'https://accounts.google.com/o/oauth2/v2/auth']);
  });
});
