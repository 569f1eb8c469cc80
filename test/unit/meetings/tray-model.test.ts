import { describe, expect, it } from 'vitest';
import { buildTrayModel, parseTrayCommand, type TrayMenuItem, type TrayState } from '../../../electron/core/tray/tray-model';
import { QUICK_CALL_PRESET } from '../../../shared/model/preset';

const meeting = (n: number) => ({
  space: `spaces/s${n}`,
  meetingUri: `https://meet.google.com/abc-mnop-xy${String.fromCharCode(97 + n)}`,
  meetingCode: `abc-mnop-xy${String.fromCharCode(97 + n)}`,
  createdAt: '2026-11-24T09:00:00.000Z',
  lastUsedAt: '2026-11-24T09:00:00.000Z',
});
const signedIn: TrayState = {
  auth: { status: 'signedIn', email: 'ada@quickmeet.test', capabilities: ['createSpaces'], persisted: true },
  presets: [QUICK_CALL_PRESET, { id: 'board', name: 'Board', cohosts: [] }],
  recent: [meeting(1), meeting(2)],
  creating: false,
  demoMode: false,
};
const byId = (items: ReadonlyArray<TrayMenuItem>, id: string): TrayMenuItem | undefined => {
  for (const item of items) {
    if (item.id === id) return item;
    if (item.kind === 'submenu') {
      const found = byId(item.items, id);
      if (found) return found;
    }
  }
  return undefined;
};
const enabled = (item: TrayMenuItem | undefined) => (item && item.kind !== 'separator' ? item.enabled : undefined);

describe('tray model', () => {
  it('lists the menu in order with stable ids when signed in', () => {
    const model = buildTrayModel(signedIn);
    expect(model.menu.map((i) => i.id)).toEqual([
      'meeting.new',
      'meeting.presets',
      'meeting.copyLast',
      'meeting.join',
      'sep.recent',
      'meeting.recent',
      'sep.app',
      'app.open',
      'app.settings',
      'auth.signOut',
      'app.logs',
      'app.about',
      'app.quit',
    ]);
    expect(enabled(byId(model.menu, 'meeting.new:board'))).toBe(true);
    expect(byId(model.menu, 'recent.open:spaces/s2')).toBeDefined();
    expect(model.icon).toBe('idle');
    expect(model.tooltip).toContain('ada@quickmeet.test');
  });

  it('disables creating while a create is in flight and shows the busy icon', () => {
    const model = buildTrayModel({ ...signedIn, creating: true });
    expect(enabled(byId(model.menu, 'meeting.new'))).toBe(false);
    expect(enabled(byId(model.menu, 'meeting.new:board'))).toBe(false);
    expect(model.icon).toBe('busy');
    expect(model.tooltip).toMatch(/creating/);
  });

  it('offers sign-in and nothing that needs Google when signed out', () => {
    const model = buildTrayModel({ ...signedIn, auth: { status: 'signedOut' }, recent: [] });
    expect(enabled(byId(model.menu, 'meeting.new'))).toBe(false);
    expect(enabled(byId(model.menu, 'meeting.join'))).toBe(false);
    expect(enabled(byId(model.menu, 'meeting.copyLast'))).toBe(false);
    expect(byId(model.menu, 'auth.signIn')).toBeDefined();
    expect(byId(model.menu, 'auth.signOut')).toBeUndefined();
    expect(model.icon).toBe('signed-out');
  });

  it('shows the head-count and extra sections other features contribute', () => {
    const recordings: TrayMenuItem = { kind: 'submenu', id: 'recordings', label: 'Recordings', enabled: true, items: [] };
    const model = buildTrayModel({ ...signedIn, extensions: { headCount: 3, sections: [recordings] } });
    expect(model.title).toBe('3');
    expect(model.icon).toBe('live');
    expect(model.tooltip).toContain('3 people');
    expect(model.menu.map((i) => i.id).indexOf('recordings')).toBe(model.menu.map((i) => i.id).indexOf('meeting.recent') + 1);
  });

  it('reports the last error in icon and tooltip', () => {
    const model = buildTrayModel({ ...signedIn, lastError: { code: 'OFFLINE', message: 'You appear to be offline.' } });
    expect(model.icon).toBe('error');
    expect(model.tooltip).toContain('offline');
  });

  it('decodes every command id it emits', () => {
    expect(parseTrayCommand('meeting.new')).toEqual({ type: 'newMeeting' });
    expect(parseTrayCommand('meeting.new:board')).toEqual({ type: 'newMeeting', presetId: 'board' });
    expect(parseTrayCommand('recent.copy:spaces/s1')).toEqual({ type: 'copyMeeting', space: 'spaces/s1' });
    expect(parseTrayCommand('recent.open:spaces/s1')).toEqual({ type: 'openMeeting', space: 'spaces/s1' });
    expect(parseTrayCommand('meeting.copyLast')).toEqual({ type: 'copyLastLink' });
    expect(parseTrayCommand('meeting.join')).toEqual({ type: 'joinByCode' });
    expect(parseTrayCommand('app.quit')).toEqual({ type: 'quit' });
    expect(parseTrayCommand('app.open')).toEqual({ type: 'openWindow' });
    expect(parseTrayCommand('app.logs')).toEqual({ type: 'showLogs' });
    expect(parseTrayCommand('app.about')).toEqual({ type: 'about' });
    expect(parseTrayCommand('sep.app')).toBeUndefined();
    expect(parseTrayCommand('recent.open:')).toBeUndefined();
  });

  it('shows the meeting clock and badges in the title on macOS and in the tooltip elsewhere, with a copy item while recording', () => {
    const live = { ...signedIn, extensions: { headCount: 4, meeting: { clock: '0:12', over: false, badges: ['REC', 'TXT'] } } };
    const mac = buildTrayModel({ ...live, meetingClock: 'title' });
    expect(mac.title).toBe('4 · 0:12 · REC · TXT');
    expect(mac.tooltip).toBe('Quickmeet — ada@quickmeet.test — 4 people in the meeting; REC TXT. Click for a new meeting.');
    const other = buildTrayModel({ ...live, meetingClock: 'tooltip' });
    expect(other.title).toBe('4');
    expect(other.tooltip).toBe('Quickmeet — ada@quickmeet.test — 4 people in the meeting, 0:12 since it started; REC TXT. Click for a new meeting.');
    expect(enabled(byId(other.menu, 'live.copyRecording'))).toBe(true);
    expect(parseTrayCommand('live.copyRecording')).toEqual({ type: 'copyRecordingNotice' });
    const over = buildTrayModel({ ...live, meetingClock: 'tooltip', extensions: { headCount: 4, meeting: { clock: '1:00', over: true, badges: [] } } });
    expect(over.tooltip).toContain("1:00 since it started, time's up");
    expect(byId(over.menu, 'live.copyRecording')).toBeUndefined();
  });
});
