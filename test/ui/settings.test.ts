import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Settings } from '../../shared/model/settings';
import { SettingsView } from '../support/page-objects/settings-view';
import { QuickmeetApp } from '../support/quickmeet-app';

const CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

interface SpaceJson {
  readonly name: string;
  readonly meetingCode: string;
  readonly config: Record<string, unknown> & { moderationRestrictions?: Record<string, unknown>; artifactConfig?: Record<string, Record<string, unknown>> };
}
interface MembersJson {
  readonly members?: ReadonlyArray<{ readonly email: string; readonly role: string }>;
}

describe('settings and the presets editor', () => {
  let app: QuickmeetApp;
  let settings: SettingsView;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 900 } });
    settings = new SettingsView(app.page);
    app.page.setDefaultTimeout(30_000);
    await app.signIn('ada@quickmeet.test');
  }, 60_000);
  afterAll(async () => app?.close());

  it('copies new meetings in the chosen format: the meeting code only', async () => {
    await app.window.tab('Settings').click();
    await settings.copyFormat().selectOption({ label: 'Meeting code only' });
    await settings.saved().waitFor();
    await app.window.tab('Meet').click();
    const link = await app.createInstantMeeting();
    const code = link.split('/').pop()!;
    expect(code).toMatch(CODE);
    await expect.poll(() => app.pageClipboard()).toBe(code);
    expect(app.systemClipboard()).toBe(code);
  });

  it('opens the meeting after creating it when that is switched on, and not after it is switched off', async () => {
    await app.window.tab('Settings').click();
    await settings.openAfterCreate().check();
    await expect.poll(() => settings.openAfterCreate().isChecked()).toBe(true);
    await app.window.tab('Meet').click();
    await expect(app.page.getByRole('radio', { name: 'Start now' }).isChecked()).resolves.toBe(true);
    const opened = app.bridge.devices.browser.opened.length;
    const link = await app.createInstantMeeting();
    await expect.poll(() => app.bridge.devices.browser.opened.slice(opened)).toEqual([link]);

    await app.window.tab('Settings').click();
    await settings.openAfterCreate().uncheck();
    await expect.poll(() => settings.openAfterCreate().isChecked()).toBe(false);
    await app.window.tab('Meet').click();
    await expect(app.page.getByRole('radio', { name: 'For later' }).isChecked()).resolves.toBe(true);
    await app.createInstantMeeting();
    expect(app.bridge.devices.browser.opened.length).toBe(opened + 1);
  });

  it('saves an edited shortcut, and explains an empty or oversized one while keeping the input', async () => {
    await app.window.tab('Settings').click();
    await settings.setShortcut('CommandOrControl+Shift+K');
    await settings.saved().waitFor();
    await app.page.reload();
    await app.window.tab('Settings').click();
    await expect.poll(() => settings.shortcutInput().inputValue()).toBe('CommandOrControl+Shift+K');

    await settings.setShortcut('   ');
    await settings.panel().getByRole('alert').filter({ hasText: 'Type a key chord' }).waitFor();
    await expect(settings.shortcutInput().getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(settings.shortcutInput().inputValue()).resolves.toBe('   ');

    await app.screenshot('settings-shortcut-error');
    // The field takes no more than the contract allows: a longer paste is cut at the settings schema's bound.
    const oversized = `CommandOrControl+${'Shift+'.repeat(10)}K`;
    await settings.shortcutInput().fill(oversized);
    await expect(settings.shortcutInput().inputValue()).resolves.toBe(oversized.slice(0, Settings.shape.shortcut.maxLength ?? 0));
    const stored = await app.page.evaluate(() => (window as unknown as { quickmeet: { settings: { get(): Promise<{ ok: true; value: { shortcut: string } }> } } }).quickmeet.settings.get());
    expect(stored.value.shortcut).toBe('CommandOrControl+Shift+K');
  });

  it('refuses a co-host that is not an e-mail address with a clear message and keeps the editor open', async () => {
    await app.window.tab('Settings').click();
    await settings.fillNewPreset({ name: 'Broken', cohosts: ['grace@quickmeet.test', 'alan@'] });
    await settings.savePresetButton().click();
    await settings.editor().getByRole('alert').filter({ hasText: '“alan@” is not an e-mail address.' }).waitFor();
    await expect(settings.editor().getByLabel(/^Co-hosts/).inputValue()).resolves.toBe('grace@quickmeet.test\nalan@');
    await app.screenshot('preset-invalid-cohost');
    await settings.editor().getByRole('button', { name: 'Cancel' }).click();
    await expect(settings.presets().filter({ hasText: 'Broken' }).count()).resolves.toBe(0);
  });

  it('creates a preset whose SpaceConfig and co-host reach the space created with it', async () => {
    await app.window.tab('Settings').click();
    await settings.fillNewPreset({
      name: 'Board meeting',
      choices: {
        'Who can join without asking': 'Only invited people',
        'Host management': 'On',
        'Who can chat': 'Hosts only',
        'Who can present': 'Hosts only',
        'Record automatically': 'On',
      },
      cohosts: ['grace@quickmeet.test'],
    });
    await app.screenshot('preset-editor');
    await settings.savePresetButton().click();
    await settings.presets().filter({ hasText: 'Board meeting' }).filter({ hasText: '1 co-hosts' }).waitFor();

    await app.window.tab('Meet').click();
    await app.window.presetPicker().selectOption({ label: 'Board meeting' });
    const link = await app.createInstantMeeting();
    const code = link.split('/').pop()!;
    const space = await app.meetApi<SpaceJson>(`v2/spaces/${code}`);
    expect(space.config).toMatchObject({
      accessType: 'RESTRICTED',
      moderation: 'ON',
      moderationRestrictions: { chatRestriction: 'HOSTS_ONLY', presentRestriction: 'HOSTS_ONLY' },
      artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } },
    });
    const members = await app.meetApi<MembersJson>(`v2/${space.name}/members`);
    expect(members.members?.map((m) => [m.email, m.role])).toEqual([['grace@quickmeet.test', 'COHOST']]);
  });

  it('creates with the default preset again after the picked one is deleted', async () => {
    await app.window.tab('Settings').click();
    await settings.deletePresetButton('Board meeting').click();
    await expect.poll(() => settings.presets().filter({ hasText: 'Board meeting' }).count()).toBe(0);
    await expect(settings.deletePresetButton('Quick call').isDisabled()).resolves.toBe(true);
    await app.window.tab('Meet').click();
    await expect(app.window.presetPicker().locator('option').allTextContents()).resolves.toEqual(['Quick call']);
    const link = await app.createInstantMeeting();
    const space = await app.meetApi<SpaceJson>(`v2/spaces/${link.split('/').pop()!}`);
    expect(space.config.accessType).not.toBe('RESTRICTED');
    await expect(app.meetApi<MembersJson>(`v2/${space.name}/members`).then((m) => m.members ?? [])).resolves.toEqual([]);
  });
});
