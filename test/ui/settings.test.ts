import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('remembers Start now / For later as the one place to choose whether a new meeting opens', async () => {
    await app.window.tab('Settings').click();
    await expect(app.page.getByText('Open the meeting after creating it').count()).resolves.toBe(0);
    await app.window.tab('Meet').click();
    await app.page.getByRole('radio', { name: 'Start now' }).check();
    const opened = app.bridge.devices.urlOpener.opened.length;
    const link = await app.createInstantMeeting();
    // Demo mode: the emulator's demo meeting page stands in for meet.google.com.
    await expect.poll(() => app.bridge.devices.urlOpener.opened.slice(opened)).toEqual([`${app.bridge.emulatorUrl}/demo/meet/${new URL(link).pathname.slice(1)}`]);
    await app.page.reload();
    await expect.poll(() => app.page.getByRole('radio', { name: 'Start now' }).isChecked()).toBe(true);

    await app.page.getByRole('radio', { name: 'For later' }).check();
    await app.page.reload();
    await expect.poll(() => app.page.getByRole('radio', { name: 'For later' }).isChecked()).toBe(true);
    await app.createInstantMeeting();
    expect(app.bridge.devices.urlOpener.opened.length).toBe(opened + 1);
  });

  it('says where exports go, and asks before taking a folder that does not exist', async () => {
    await app.window.tab('Settings').click();
    await expect.poll(() => app.page.getByTestId('export-folder').textContent()).toMatch(/^Transcripts and attendance files are saved in \/.+Quickmeet\.$/);
    const typo = join(tmpdir(), `quickmeet-no-such-${Date.now()}`, 'Exprots');
    await settings.transcriptFolder().fill(typo);
    await settings.transcriptFolder().blur();
    const dialog = app.window.confirmDialog();
    await dialog.getByText(/does not exist\. Quickmeet will create it/).waitFor();
    await app.screenshot('export-folder-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(settings.transcriptFolder().inputValue()).resolves.toBe('');
    expect(existsSync(typo)).toBe(false);

    const existing = mkdtempSync(join(tmpdir(), 'quickmeet-exports-'));
    await settings.transcriptFolder().fill(existing);
    await settings.transcriptFolder().blur();
    await settings.saved().waitFor();
    // The line follows the saved settings' push, which may land after the "Saved" mark: wait for it.
    await expect.poll(() => app.page.getByTestId('export-folder').textContent()).toBe(`Transcripts and attendance files are saved in ${existing}.`);
    await settings.transcriptFolder().fill('');
    await settings.transcriptFolder().blur();
  });

  it('records a shortcut from the keys pressed, and refuses a lone key or a chord the system keeps', async () => {
    await app.window.tab('Settings').click();
    await settings.pressShortcut('Control+Shift+K');
    await settings.saved().waitFor();
    await app.page.reload();
    await app.window.tab('Settings').click();
    await expect.poll(() => settings.shortcutShown().textContent()).toBe('Ctrl+Shift+K');

    await settings.pressShortcut('f');
    await settings.panel().getByRole('alert').filter({ hasText: 'Add Ctrl, Alt or ⌘' }).waitFor();
    await expect(settings.shortcutRecorder().getAttribute('aria-invalid')).resolves.toBe('true');
    await settings.pressShortcut('Alt+Tab');
    await settings.panel().getByRole('alert').filter({ hasText: 'belongs to the system' }).waitFor();
    await expect(settings.saved().count()).resolves.toBe(0);
    await app.screenshot('settings-shortcut-error');
    await settings.shortcutRecorder().press('Escape');
    await expect.poll(() => settings.shortcutShown().textContent()).toBe('Ctrl+Shift+K');
    const stored = await app.page.evaluate(() => (window as unknown as { quickmeet: { settings: { get(): Promise<{ ok: true; value: { shortcut: string } }> } } }).quickmeet.settings.get());
    expect(stored.value.shortcut).toBe('CommandOrControl+Shift+K');
  });

  it('refuses a text shortcut that is no chord at the main process too', async () => {
    const answer = await app.page.evaluate(() =>
      (window as unknown as { quickmeet: { settings: { update(p: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> } } }).quickmeet.settings.update({ shortcut: 'foo' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('not a key chord') } });
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

  it('opens the preset editor with focus in it, in plain words, with host-only limits off until host controls are on; Escape cancels', async () => {
    await app.window.tab('Settings').click();
    await settings.addPresetButton().click();
    const editor = settings.editor();
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('New preset');
    await expect(editor.getByText('Google default').count()).resolves.toBe(0);
    await expect(editor.getByLabel('Who can chat', { exact: true }).isDisabled()).resolves.toBe(true);
    await editor.getByLabel('Hosts control the meeting', { exact: true }).selectOption({ label: 'On' });
    await expect(editor.getByLabel('Who can chat', { exact: true }).isEnabled()).resolves.toBe(true);
    await expect(editor.getByRole('option', { name: /Quickmeet only/ }).count()).resolves.toBe(0);
    await app.screenshot('preset-editor-groups');
    await app.page.keyboard.press('Escape');
    await expect(editor.count()).resolves.toBe(0);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Add preset');
  });

  it('creates a preset whose SpaceConfig and co-host reach the space created with it', async () => {
    await app.window.tab('Settings').click();
    await settings.fillNewPreset({
      name: 'Board meeting',
      choices: {
        'Who can join without asking': 'Only invited people',
        'Hosts control the meeting': 'On',
        'Who can chat': 'Hosts only',
        'Who can share their screen': 'Hosts only',
        'Record automatically': 'On',
      },
      cohosts: ['grace@quickmeet.test'],
    });
    await app.screenshot('preset-editor');
    await settings.savePresetButton().click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Add preset');
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
    // Nothing goes on one click: a dialog asks first, and Cancel keeps the preset.
    const dialog = app.window.confirmDialog();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(settings.presets().filter({ hasText: 'Board meeting' }).count()).resolves.toBe(1);
    await settings.deletePresetButton('Board meeting').click();
    await app.screenshot('preset-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete preset' }).click();
    await expect.poll(() => settings.presets().filter({ hasText: 'Board meeting' }).count()).toBe(0);
    // The default preset offers no Delete at all.
    await expect(settings.deletePresetButton('Quick call').count()).resolves.toBe(0);
    await app.window.tab('Meet').click();
    await expect(app.window.presetPicker().locator('option').allTextContents()).resolves.toEqual(['Quick call']);
    const link = await app.createInstantMeeting();
    const space = await app.meetApi<SpaceJson>(`v2/spaces/${link.split('/').pop()!}`);
    expect(space.config.accessType).not.toBe('RESTRICTED');
    await expect(app.meetApi<MembersJson>(`v2/${space.name}/members`).then((m) => m.members ?? [])).resolves.toEqual([]);
  });
});
