import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorControl, type EmulatorControl } from '@quickmeet/emulator';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('live attendee list, ending the meeting, attendance and recordings', () => {
  let app: QuickmeetApp;
  let control: EmulatorControl;
  let record: string;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 820 } });
    control = emulatorControl(app.bridge.emulatorUrl);
    await app.signIn('ada@quickmeet.test');
    const link = await app.createInstantMeeting();
    record = (await control.startConference(link.split('/').pop()!)).name;
    await app.window.tab('Live').click();
  }, 60_000);
  afterAll(async () => app?.close());

  it('shows people of the three kinds within one poll interval', async () => {
    await control.join(record, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    await control.join(record, { kind: 'anonymousUser', displayName: 'Visitor' });
    await control.join(record, { kind: 'phoneUser' });
    await app.waitForAttendees(3);
    const rows = app.window.attendees();
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.filter({ hasText: 'Guest' }).count()).resolves.toBe(1);
    await expect(rows.filter({ hasText: 'Phone' }).count()).resolves.toBe(1);
  });

  it('counts a second session when someone leaves and rejoins', async () => {
    const guest = await control.join(record, { kind: 'anonymousUser', displayName: 'Rejoiner' });
    await app.waitForAttendees(4);
    await control.leave(record, guest.name);
    await app.waitForAttendees(3);
    await control.rejoin(record, guest.name);
    await app.waitForAttendees(4);
    await app.window.attendees().filter({ hasText: 'Rejoiner' }).filter({ hasText: '2 sessions' }).waitFor();
    await app.screenshot('attendees');
  });

  it('filters by name', async () => {
    await app.page.getByLabel('Filter attendees').fill('rejoin');
    await expect.poll(() => app.window.attendees().count()).toBe(1);
    await app.page.getByLabel('Filter attendees').fill('');
  });

  it('ends the meeting for everyone only after confirmation, then shows the attendance', async () => {
    await app.window.endForEveryoneButton().click();
    const dialog = app.window.confirmDialog();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await app.window.endForEveryoneButton().click();
    await dialog.getByRole('button', { name: 'End meeting' }).click();
    await app.page.getByText('No meeting is running').waitFor();
    await app.window.attendanceTable().getByText('Rejoiner').waitFor();
    await app.screenshot('attendance');
  });

  it('lists the recordings of a later meeting once Google has generated them', async () => {
    await app.window.tab('Meet').click();
    const link = await app.createInstantMeeting();
    const second = (await control.startConference(link.split('/').pop()!)).name;
    await control.join(second, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    await app.window.tab('Live').click();
    await app.waitForAttendees(1);
    await control.end(second, { artifacts: ['recording', 'transcript', 'smartNote'], generateNow: true });
    await app.window.tab('Recordings').click();
    await expect.poll(() => app.window.recordings().filter({ hasText: 'Ready' }).count()).toBe(3);
    // The Live tab's count goes once the app has seen the meeting end: picture the settled window.
    await app.pollNow();
    await expect.poll(() => app.window.tab('Live').textContent()).toBe('Live');
    await app.screenshot('recordings');
  });
});
