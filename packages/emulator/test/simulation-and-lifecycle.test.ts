/** Autopilot (demo mode), clock, reset, state persistence and the standalone CLI. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHarness } from './emulator-harness';

describe('autopilot', () => {
  it('brings a space to life once its owner joins on the demo page: people join, one leaves and returns, artifacts follow the end', async () => {
    const h = await startHarness({ autopilot: true, artifactProcessingSeconds: 30 });
    try {
      const meet = await h.meet();
      const space = (await meet.spaces.create({ requestBody: {} })).data;
      // A space made ahead (a spare) stays quiet: no conference without someone walking in.
      await h.control.advanceClock(60);
      expect((await meet.spaces.get({ name: space.name! })).data).not.toHaveProperty('activeConference');
      const page = await fetch(`${h.baseUrl}/demo/meet/${space.meetingCode}`);
      expect(await page.text()).toContain('With a real Google account, this would open Google Meet');
      const joined = await fetch(`${h.baseUrl}/demo/meet/${space.meetingCode}`, { method: 'POST', redirect: 'manual' });
      expect(joined.status).toBe(303);
      await h.control.advanceClock(7);
      const active = (await meet.spaces.get({ name: space.name! })).data.activeConference!.conferenceRecord!;
      const people = (await meet.conferenceRecords.participants.list({ parent: active })).data.participants!;
      expect(people.map((p) => Object.keys(p).find((k) => k.endsWith('User')))).toEqual(['phoneUser', 'anonymousUser', 'signedinUser', 'signedinUser']);
      await h.control.advanceClock(10);
      const guest = people.find((p) => p.anonymousUser)!;
      const sessions = (await meet.conferenceRecords.participants.participantSessions.list({ parent: guest.name! })).data.participantSessions!;
      expect(sessions).toHaveLength(2);
      expect((await meet.conferenceRecords.recordings.list({ parent: active })).data.recordings![0]!.state).toBe('STARTED');
      await meet.spaces.endActiveConference({ name: space.name!, requestBody: {} });
      expect((await meet.conferenceRecords.recordings.list({ parent: active })).data.recordings![0]!.state).toBe('ENDED');
      await h.control.advanceClock(31);
      for (const list of [meet.conferenceRecords.recordings.list({ parent: active }), meet.conferenceRecords.transcripts.list({ parent: active }), meet.conferenceRecords.smartNotes.list({ parent: active })]) {
        const data = (await list).data as Record<string, Array<{ state: string }>>;
        expect(Object.values(data)[0]![0]!.state).toBe('FILE_GENERATED');
      }
    } finally {
      await h.close();
    }
  });

  it('stays off unless asked', async () => {
    const h = await startHarness();
    try {
      const meet = await h.meet();
      const space = (await meet.spaces.create({ requestBody: {} })).data;
      await h.control.advanceClock(60);
      expect((await meet.spaces.get({ name: space.name! })).data).not.toHaveProperty('activeConference');
    } finally {
      await h.close();
    }
  });
});

describe('reset and persistence', () => {
  it('forgets spaces, tokens, faults and the log on reset', async () => {
    const h = await startHarness();
    try {
      const meet = await h.meet();
      const space = (await meet.spaces.create({ requestBody: {} })).data;
      await h.control.setFaults({ method: '*', kind: 'status', status: 500, count: 5 });
      await h.control.reset();
      expect(await h.control.requests()).toEqual([]);
      await expect(meet.spaces.get({ name: space.name! })).rejects.toMatchObject({ status: 401 });
      const fresh = await h.meet();
      await expect(fresh.spaces.get({ name: space.name! })).rejects.toMatchObject({ status: 404 });
    } finally {
      await h.close();
    }
  });

  it('keeps spaces, conferences and tokens across a restart with stateFile', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'emulator-state-')), 'state.json');
    const first = await startHarness({ stateFile });
    const minted = await first.control.mintToken('ada@quickmeet.test', ['meetings.space.created'], { offline: true });
    expect(minted.refresh_token).toMatch(/^1\/\//);
    const space = await first.control.createSpace();
    const record = await first.control.startConference(space.name);
    await first.close();
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(stateFile, 'utf8')).toContain(record.name.split('/')[1]);
    // Like a real server, the file keeps digests only: a copied state file leaks no usable token.
    expect(readFileSync(stateFile, 'utf8')).not.toContain(minted.access_token);
    expect(readFileSync(stateFile, 'utf8')).not.toContain(minted.refresh_token!);
    const second = await startHarness({ stateFile });
    try {
      const response = await fetch(`${second.baseUrl}/v2/${space.name}`, { headers: { authorization: `Bearer ${minted.access_token}` } });
      const restored = (await response.json()) as { activeConference?: { conferenceRecord: string } };
      expect(restored.activeConference?.conferenceRecord).toBe(record.name);
    } finally {
      await second.close();
    }
  });
});

describe('standalone CLI', () => {
  it('prints its base URL as the first line and serves the control API', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/emulator/src/cli.ts', '--port', '0', '--latency', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const accounts = (await (await fetch(`${firstLine}/emulator/v1/accounts`)).json()) as { accounts: Array<{ email: string }> };
      expect(accounts.accounts[0]!.email).toBe('ada@quickmeet.test');
      expect(await (await fetch(`${firstLine}/emulator/v1/settings`)).json()).toMatchObject({ latencyMs: 5 });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('says in one line that a port is taken, and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'packages/emulator/src/cli.ts', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).toBe(`emulator: cannot start: port ${port} is already in use; pick another with --port, or --port 0 for any free port\n`);
    } finally {
      taken.close();
    }
  });
});
