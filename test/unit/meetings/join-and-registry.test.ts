import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import { createMeetingsFeature } from '../../../electron/core/meetings/meetings-feature';
import { CapturingLogger, RecordingEventSink } from '../../support/in-memory-ports';
import { startMeetings } from './harness';

describe('join by code or URL', () => {
  it('resolves the code alias with spaces.get, records the meeting and opens it', async () => {
    const h = await startMeetings();
    const space = await h.meet.createSpace();
    h.meet.calls.length = 0;
    const meeting = await h.feature.handlers['meetings.join']({ input: `Join: ${space.meetingUri.toUpperCase().replace('HTTPS', 'https')}` }, { senderId: 't' });
    expect(h.meet.calls).toEqual([{ method: 'getSpace', args: [`spaces/${space.meetingCode}`] }]);
    expect(meeting.space).toBe(space.name);
    expect(h.feature.registry.list()[0]?.space).toBe(space.name);
    expect(h.urlOpener.opened).toEqual([space.meetingUri]);
  });

  it('refuses look-alikes before any request and reports an unknown code as not found', async () => {
    const h = await startMeetings();
    await expect(h.feature.handlers['meetings.join']({ input: 'https://meet.google.com.evil.com/abc-mnop-xyz' }, { senderId: 't' })).rejects.toMatchObject({
      code: 'INVALID_MEETING_CODE',
    });
    expect(h.meet.calls).toEqual([]);
    await expect(h.feature.handlers['meetings.join']({ input: ' zzz-zzzz-zzz ' }, { senderId: 't' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^No meeting has the code zzz-zzzz-zzz; .*You entered: “zzz-zzzz-zzz”\.$/),
    });
    h.meet.failNext('getSpace', new AppError('INVALID_MEETING_CODE', 'bad'));
    await expect(h.feature.handlers['meetings.join']({ input: 'zzz-zzzz-zzz' }, { senderId: 't' })).rejects.toThrow(/looks wrong/);
    expect(h.urlOpener.opened).toEqual([]);
  });
});

describe('join a meeting Quickmeet cannot read', () => {
  it('opens the code unverified and records it when Google answers 403 for someone else\'s space', async () => {
    const h = await startMeetings();
    for (const denied of [new AppError('PERMISSION_DENIED', 'Permission missing.'), new AppError('SCOPE_MISSING', 'Permission missing.')]) {
      h.meet.failNext('getSpace', denied);
      const meeting = await h.feature.handlers['meetings.join']({ input: 'abc-mnop-xyz' }, { senderId: 't' });
      expect(meeting).toMatchObject({ space: 'spaces/abc-mnop-xyz', meetingCode: 'abc-mnop-xyz', meetingUri: 'https://meet.google.com/abc-mnop-xyz' });
    }
    expect(h.meet.count('getSpace')).toBe(2);
    expect(h.urlOpener.opened).toEqual(['https://meet.google.com/abc-mnop-xyz', 'https://meet.google.com/abc-mnop-xyz']);
    expect(h.feature.registry.list().map((m) => m.meetingCode)).toEqual(['abc-mnop-xyz']);
  });

  it('opens the code without a lookup when signed out, or signed in without the create permission', async () => {
    const h = await startMeetings();
    h.auth.set({ status: 'signedOut' });
    await h.feature.handlers['meetings.join']({ input: 'https://meet.google.com/abc-mnop-xyz' }, { senderId: 't' });
    expect(h.meet.calls).toEqual([]);
    h.auth.set({ status: 'signedIn', email: 'ada@quickmeet.test', capabilities: [], persisted: true });
    const space = await h.meet.createSpace();
    h.meet.calls.length = 0;
    const meeting = await h.feature.handlers['meetings.join']({ input: space.meetingCode }, { senderId: 't' });
    expect(meeting.space).toBe(space.name);
    expect(h.urlOpener.opened).toEqual(['https://meet.google.com/abc-mnop-xyz', space.meetingUri]);
  });
});

describe('join opens at once when Google is slow or unreachable', () => {
  const ctx = { senderId: 't' };

  it('offline: opens the canonical link at once, unverified, instead of failing', async () => {
    const h = await startMeetings();
    h.meet.failNext('getSpace', new AppError('OFFLINE', 'You appear to be offline.'));
    const meeting = await h.feature.handlers['meetings.join']({ input: 'abc-mnop-xyz' }, ctx);
    expect(meeting.meetingUri).toBe('https://meet.google.com/abc-mnop-xyz');
    expect(h.urlOpener.opened).toEqual(['https://meet.google.com/abc-mnop-xyz']);
  });

  it('slow: opens after the grace period, then completes the entry with Google’s late answer', async () => {
    const notices = createNoticeBoard(new RecordingEventSink());
    const h = await startMeetings();
    const feature = createMeetingsFeature({ ...h, documents: h.documents.factory, logger: new CapturingLogger(), notices, lookupGraceMs: 20 });
    await feature.start({ refill: false });
    const space = await h.meet.createSpace();
    h.meet.hold('getSpace');
    const opened = await feature.handlers['meetings.join']({ input: space.meetingCode }, ctx);
    expect(opened.space).toBe(`spaces/${space.meetingCode}`);
    expect(h.urlOpener.opened).toEqual([space.meetingUri]);
    h.meet.release('getSpace');
    await expect.poll(() => feature.registry.list().map((m) => m.space)).toEqual([space.name]);
  });

  it('slow and unknown: says “not found” once, as a notice, after the link opened', async () => {
    const events = new RecordingEventSink();
    const notices = createNoticeBoard(events);
    const h = await startMeetings();
    const feature = createMeetingsFeature({ ...h, documents: h.documents.factory, logger: new CapturingLogger(), notices, lookupGraceMs: 20 });
    await feature.start({ refill: false });
    h.meet.hold('getSpace');
    await feature.handlers['meetings.join']({ input: 'zzz-zzzz-zzz' }, ctx);
    h.meet.release('getSpace');
    await expect.poll(() => notices.list().map((n) => n.message)).toEqual([expect.stringMatching(/^No meeting has the code zzz-zzzz-zzz;/)]);
  });
});

describe('meeting registry', () => {
  it('keeps newest-used first, survives restart and skips invalid entries', async () => {
    const h = await startMeetings();
    const a = await h.feature.instant.create();
    h.clock.advance(1_000);
    const b = await h.feature.instant.create();
    expect(h.feature.registry.list().map((m) => m.space)).toEqual([b.meeting.space, a.meeting.space]);
    h.clock.advance(1_000);
    await h.feature.handlers['meetings.copyLink']({ space: a.meeting.space }, { senderId: 't' });
    expect(h.feature.registry.list().map((m) => m.space)).toEqual([a.meeting.space, b.meeting.space]);
    const stored = JSON.parse(h.documents.files.get('meetings') ?? '{}');
    stored.meetings.push({ space: 42 }, { garbage: true });
    h.documents.files.set('meetings', JSON.stringify(stored));
    const again = await h.restart();
    expect(again.feature.registry.list().map((m) => m.space)).toEqual([a.meeting.space, b.meeting.space]);
    expect(await again.feature.handlers['meetings.listRecent']({}, { senderId: 't' })).toHaveLength(2);
  });

  it('starts empty from a corrupt document', async () => {
    const h = await startMeetings();
    h.documents.files.set('meetings', '"not an object"');
    const again = await h.restart();
    expect(again.feature.registry.list()).toEqual([]);
  });
});
