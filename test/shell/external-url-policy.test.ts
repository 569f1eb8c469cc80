import { describe, expect, it } from 'vitest';
import { EXTERNAL_HOSTS, createElectronUrlOpener, isOpenableUrl } from '../../electron/shell/electron-url-opener';
import { MEET_HOSTS, isAllowedExternalUrl } from '../../shared/links/external-url-policy';

const REJECTED = [
  'https://meet.google.com.evil.com/abc-mnop-xyz',
  'https://evil.com#@meet.google.com',
  'https://evil.com\\@meet.google.com',
  'https://meet.google.com@evil.com/',
  'https://user:pass@meet.google.com/abc-mnop-xyz',
  'https://meet.google.com:8443/abc-mnop-xyz',
  'http://meet.google.com/abc-mnop-xyz',
  'https://mеet.google.com/abc-mnop-xyz', // Cyrillic "е" → punycode host
  'https://meet.gооgle.com/abc-mnop-xyz', // Cyrillic "о"
  'https://xn--met-tdd.google.com/',
  'https://meet.google.co/abc',
  'https://google.com/',
  'file:///etc/passwd',
  'smb://meet.google.com/share',
  'javascript:alert(1)//https://meet.google.com',
  'data:text/html,https://meet.google.com',
  'meet.google.com/abc-mnop-xyz',
  'https://127.0.0.1:4000/o/oauth2/v2/auth',
  '',
];
const ACCEPTED = [
  'https://meet.google.com/abc-mnop-xyz',
  'https://MEET.google.com/abc-mnop-xyz?authuser=0',
  'https://accounts.google.com/o/oauth2/v2/auth?client_id=x',
  'https://docs.google.com/document/d/abc',
  'https://drive.google.com/file/d/abc/view',
];

describe('external URL allow-list (E15)', () => {
  it.each(REJECTED)('rejects %s', (url) => {
    expect(isAllowedExternalUrl(url, EXTERNAL_HOSTS)).toBe(false);
    expect(isOpenableUrl(url)).toBe(false);
  });

  it.each(ACCEPTED)('accepts %s', (url) => {
    expect(isOpenableUrl(url)).toBe(true);
  });

  it('keeps Meet-only checks to the Meet host', () => {
    expect(isAllowedExternalUrl('https://accounts.google.com/', MEET_HOSTS)).toBe(false);
  });

  it('lets the demo emulator origin through only in demo mode, and only exactly', () => {
    const demo = { demoOrigin: 'http://127.0.0.1:4000' };
    expect(isOpenableUrl('http://127.0.0.1:4000/o/oauth2/v2/auth?x=1', demo)).toBe(true);
    expect(isOpenableUrl('http://127.0.0.1:4001/o/oauth2/v2/auth', demo)).toBe(false);
    expect(isOpenableUrl('http://localhost:4000/o/oauth2/v2/auth', demo)).toBe(false);
    expect(isOpenableUrl('http://u@127.0.0.1:4000/', demo)).toBe(false);
    expect(isOpenableUrl('http://evil.example/', { demoOrigin: 'http://evil.example' })).toBe(false);
  });
});

describe('the Electron UrlOpener, the only caller of shell.openExternal', () => {
  it('re-checks every URL, whoever called it, and passes only allowed ones to the OS', async () => {
    const opened: string[] = [];
    const opener = createElectronUrlOpener({ openExternal: async (url) => void opened.push(url) });
    await opener.open('https://meet.google.com/abc-mnop-xyz');
    for (const url of REJECTED) {
      await expect(opener.open(url)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(opened).toEqual(['https://meet.google.com/abc-mnop-xyz']);
  });
});
