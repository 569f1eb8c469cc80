import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { startMeetings } from './harness';

const cohostPreset = { id: 'team', name: 'Team', accessType: 'OPEN' as const, cohosts: ['bo@example.com', 'cy@example.com'] };

describe('instant meeting (cold: no spare)', () => {
  it('creates one space with the preset config, copies the URI, records it and notifies', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    const created = await h.feature.instant.create();
    expect(h.meet.count('createSpace')).toBe(1);
    expect(h.clipboard.text).toBe(created.meeting.meetingUri);
    expect(created.meeting.meetingUri).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(created.fromSparePool).toBe(false);
    expect(h.feature.registry.list()[0]?.space).toBe(created.meeting.space);
    expect(h.events.last('meetings.changed')?.[0]?.space).toBe(created.meeting.space);
    expect(h.notifier.shown[0]).toMatchObject({ title: 'Meeting link copied', actionLabel: 'Open' });
    expect(h.urlOpener.opened).toEqual([]);
    h.notifier.shown[0]?.onAction?.();
    await h.urlOpener.nextOpened(0);
    expect(h.urlOpener.opened).toEqual([created.meeting.meetingUri]);
  });

  it('when the desktop refuses the copy, keeps the meeting in the list and fails without saying "copied"', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    const refused = new AppError('CLIPBOARD_UNAVAILABLE', 'Your desktop did not let Quickmeet copy the link.');
    h.clipboard.writeText = () => Promise.reject(refused);
    await expect(h.feature.instant.create()).rejects.toBe(refused);
    expect(h.meet.count('createSpace')).toBe(1);
    expect(h.feature.registry.list()).toHaveLength(1);
    expect(h.notifier.shown).toEqual([]);
  });

  it('uses the chosen preset and copy format, and opens when asked to start now', async () => {
    const h = await startMeetings({ keepSpareSpace: false, presets: [{ id: 'quick-call', name: 'Quick call', cohosts: [] }, cohostPreset] });
    const created = await h.feature.instant.create({ presetId: 'team', format: 'markdown', startNow: true });
    expect(h.meet.calls[0]?.args[0]).toEqual({ accessType: 'OPEN' });
    expect(created.copiedText).toBe(`[Google Meet: ${created.meeting.meetingCode}](${created.meeting.meetingUri})`);
    expect(h.urlOpener.opened).toEqual([created.meeting.meetingUri]);
    expect(h.meet.members.map((m) => [m.email, m.role])).toEqual([['bo@example.com', 'COHOST'], ['cy@example.com', 'COHOST']]);
  });

  it('keeps and returns the meeting when the browser will not open it, and says so in a notice', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    h.urlOpener.open = () => Promise.reject(new Error('xdg-open failed (exit status 3)'));
    const created = await h.feature.instant.create({ startNow: true });
    expect(h.clipboard.text).toBe(created.meeting.meetingUri);
    expect(h.feature.registry.list().map((m) => m.space)).toEqual([created.meeting.space]);
    expect(h.events.last('app.notice')).toEqual({
      id: `open-failed:${created.meeting.space}`,
      level: 'warning',
      message: `Could not open ${created.meeting.meetingUri} in a browser (xdg-open failed (exit status 3)). Open the link yourself.`,
    });
  });

  it('reports each co-host that could not be added while keeping the meeting', async () => {
    const h = await startMeetings({ keepSpareSpace: false, presets: [cohostPreset], defaultPresetId: 'team' });
    h.meet.rejectedMembers.add('cy@example.com');
    const created = await h.feature.instant.create();
    expect(created.cohostFailures).toEqual([{ email: 'cy@example.com', message: 'Cannot add cy@example.com.' }]);
    expect(h.clipboard.text).toBe(created.meeting.meetingUri);
  });

  it('joins a second click to the create in flight: one space, same answer', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    h.meet.hold('createSpace');
    const clicks = [h.feature.instant.create(), h.feature.instant.create(), h.feature.instant.create()];
    h.meet.release('createSpace');
    const results = await Promise.all(clicks);
    expect(h.meet.count('createSpace')).toBe(1);
    expect(new Set(results.map((r) => r.meeting.space)).size).toBe(1);
  });

  it('refuses the 11th create within a minute locally, with the wait; Google saw 10', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    for (let i = 0; i < 10; i++) {
      await h.feature.instant.create();
      h.clock.advance(1_000);
    }
    await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'RATE_LIMITED_LOCALLY', retryAfterSeconds: 50 });
    expect(h.meet.count('createSpace')).toBe(10);
  });

  it('spends no budget slot on clicks whose request never left: refresh failed or offline', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    const refresh = h.auth.ensureFresh.bind(h.auth);
    h.auth.ensureFresh = async () => {
      throw new AppError('OFFLINE', 'You appear to be offline.');
    };
    for (let i = 0; i < 10; i++) await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'OFFLINE' });
    h.auth.ensureFresh = refresh;
    for (let i = 0; i < 10; i++) {
      h.meet.failNext('createSpace', new AppError('OFFLINE', 'You appear to be offline.'));
      await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'OFFLINE' });
    }
    for (let i = 0; i < 10; i++) await h.feature.instant.create();
    await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'RATE_LIMITED_LOCALLY' });
  });

  it('does not retry a 429 on create, passes the wait on and blocks the local budget', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    h.meet.failNext('createSpace', new AppError('QUOTA_EXCEEDED', 'Too many new meetings. Try again in 20 s.', { retryAfterSeconds: 20 }));
    await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', retryAfterSeconds: 20 });
    expect(h.meet.count('createSpace')).toBe(1);
    // The wait that follows is Google's, and says so: not the local 10-a-minute pacing.
    await expect(h.feature.instant.create()).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      retryAfterSeconds: 20,
      message: expect.stringMatching(/^Google asked Quickmeet to wait/),
    });
    expect(h.meet.count('createSpace')).toBe(1);
    expect(h.clipboard.writes).toEqual([]);
  });

  it('passes "may or may not have been created" through once and lets the next click try again', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    h.meet.failNext('createSpace', new AppError('OUTCOME_UNKNOWN', 'The meeting may or may not have been created.'));
    await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN' });
    expect(h.meet.count('createSpace')).toBe(1);
    await h.feature.instant.create();
    expect(h.meet.count('createSpace')).toBe(2);
  });

  it('needs a signed-in session and names an unknown preset', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    await expect(h.feature.instant.create({ presetId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    h.auth.set({ status: 'signedOut' });
    await expect(h.feature.instant.create()).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    expect(h.meet.count('createSpace')).toBe(0);
  });

  it('copies and opens a recent meeting again through the handlers, and only Meet URLs', async () => {
    const h = await startMeetings({ keepSpareSpace: false });
    const { meeting } = await h.feature.instant.create();
    const copied = await h.feature.handlers['meetings.copyLink']({ space: meeting.space, format: 'code' }, { senderId: 't' });
    expect(copied.copiedText).toBe(meeting.meetingCode);
    await h.feature.handlers['meetings.open']({ space: meeting.space }, { senderId: 't' });
    expect(h.urlOpener.opened).toEqual([meeting.meetingUri]);
    await expect(h.feature.handlers['meetings.open']({ space: 'spaces/unknown' }, { senderId: 't' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await h.feature.registry.upsert({ ...meeting, space: 'spaces/evil', meetingUri: 'https://meet.google.com.evil.com/x' });
    await expect(h.feature.handlers['meetings.open']({ space: 'spaces/evil' }, { senderId: 't' })).rejects.toBeInstanceOf(AppError);
    expect(h.urlOpener.opened).toHaveLength(1);
  });
});
