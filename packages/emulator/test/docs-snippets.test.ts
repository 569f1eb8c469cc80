/**
 * The "Use it from your own code" snippets of docs/reference.md, run as written (token snippet first,
 * then each client snippet) in a child Node process against a running emulator.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { v2 } from '@google-apps/meet';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { startHarness, type EmulatorHarness } from './emulator-harness';

const root = new URL('../../../', import.meta.url);
const SECTION = '## Use it from your own code';

/** The ```ts blocks of the section, in order. */
function snippets(): string[] {
  const doc = readFileSync(new URL('packages/emulator/docs/reference.md', root), 'utf8');
  const start = doc.indexOf(SECTION);
  expect(start).toBeGreaterThan(-1);
  const end = doc.indexOf('\n## ', start + SECTION.length);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

let h: EmulatorHarness;
let dir: string;
beforeAll(async () => {
  h = await startHarness();
  // Inside node_modules so the snippets' bare imports resolve to the project's packages.
  const cache = join(root.pathname, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'doc-snippets-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await h.close();
});

async function run(name: string, source: string): Promise<string> {
  // .mts: below node_modules no package.json makes a .ts file an ES module, and the snippets use top-level await.
  const file = join(dir, `${name}.mts`);
  writeFileSync(file, source);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file], { env: { ...process.env, EMULATOR_URL: h.baseUrl }, cwd: root.pathname, timeout: 60_000 });
  return stdout;
}

describe('docs/reference.md: Use it from your own code', () => {
  it('has a token snippet, a googleapis snippet and a GAPIC snippet', () => {
    const [token, googleapis, gapic] = snippets();
    expect(snippets()).toHaveLength(3);
    expect(token).toContain('/emulator/v1/tokens');
    expect(googleapis).toContain("from 'googleapis'");
    expect(gapic).toContain("from '@google-apps/meet'");
  });

  it.each([
    ['googleapis', 1],
    ['gapic', 2],
  ] as const)('the %s snippet runs as written and creates a space in the emulator', async (label, index) => {
    const blocks = snippets();
    const before = (await h.control.requests()).length;
    const stdout = await run(label, `${blocks[0]!}\n${blocks[index]!}`);
    const { spaces } = (await (await fetch(`${h.baseUrl}/emulator/v1/spaces`)).json()) as { spaces: Array<{ meetingUri: string }> };
    const space = spaces.find((s) => stdout.includes(s.meetingUri));
    expect(stdout).toMatch(new RegExp(`^${label} https://meet\\.google\\.com/[a-z]+-[a-z]+-[a-z]+`, 'm'));
    expect(space, stdout).toBeDefined();
    const calls = (await h.control.requests()).slice(before).map((r) => `${r.apiMethod} ${r.status}`);
    expect(calls).toEqual(['meet.spaces.create 200', 'meet.conferenceRecords.list 200']);
  }); // a child Node process loading all of googleapis under tsx

  it('is right that apiEndpoint ignores a port written inside it', async () => {
    const authClient = new OAuth2Client();
    authClient.setCredentials({ access_token: (await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token });
    const port = new URL(h.baseUrl).port;
    const before = (await h.control.requests()).length;
    const portInEndpoint = new v2.SpacesServiceClient({ fallback: true, protocol: 'http', apiEndpoint: `127.0.0.1:${port}`, authClient });
    await expect(portInEndpoint.createSpace({})).rejects.toThrow(/127\.0\.0\.1:443\//);
    await portInEndpoint.close();
    expect((await h.control.requests()).slice(before)).toEqual([]);
  });
});
