import type { Page } from 'playwright-core';

/** A preset as a test fills it in: the editor's labels and the option labels to pick. */
export interface PresetForm {
  readonly name: string;
  /** Field label → option label, e.g. `{ 'Who can chat': 'Hosts only' }`. */
  readonly choices?: Readonly<Record<string, string>>;
  readonly cohosts?: ReadonlyArray<string>;
}

/** The Settings tab: new-meeting options, the global shortcut, transcripts and the presets editor. */
export class SettingsView {
  constructor(readonly page: Page) {}

  readonly panel = () => this.page.getByRole('region', { name: 'Settings' });
  readonly copyFormat = () => this.panel().getByLabel('Copy the link as');
  readonly notifyOnJoin = () => this.panel().getByRole('switch', { name: 'Notify me when someone joins' });
  /** The shortcut as shown while not recording, e.g. "Ctrl+Alt+M". */
  readonly shortcutShown = () => this.panel().locator('.shortcut-current');
  readonly changeShortcutButton = () => this.panel().getByRole('button', { name: 'Change shortcut…' });
  readonly shortcutRecorder = () => this.panel().getByLabel('Shortcut', { exact: true });
  readonly transcriptFolder = () => this.panel().getByLabel(/Save exports to/);
  readonly saved = () => this.panel().getByRole('status').filter({ hasText: 'Saved.' });
  readonly presets = () => this.panel().getByRole('list', { name: 'Presets' }).getByRole('listitem');
  readonly addPresetButton = () => this.panel().getByRole('button', { name: 'Add preset' });
  readonly editor = () => this.panel().getByRole('form', { name: /^Edit preset/ });
  readonly savePresetButton = () => this.editor().getByRole('button', { name: 'Save preset' });
  readonly deletePresetButton = (name: string) => this.panel().getByRole('button', { name: `Delete ${name}` });

  readonly instantUpdates = () => this.panel().getByRole('group', { name: 'Instant updates (your Google Cloud project)' });
  readonly pushProject = () => this.instantUpdates().getByLabel('Project id');
  readonly pushSwitch = () => this.instantUpdates().getByRole('switch', { name: 'Instant updates' });
  /** The status line under the switch (healthy / renewing / suspended with reason and fix …). */
  readonly pushStatus = () => this.instantUpdates().locator('.push-status');

  /** Starts recording (unless it already is) and presses `chord` (Playwright key syntax, e.g. "Control+Shift+K"). */
  async pressShortcut(chord: string): Promise<void> {
    if ((await this.shortcutRecorder().count()) === 0) await this.changeShortcutButton().click();
    await this.shortcutRecorder().press(chord);
  }

  /** Opens the editor for a new preset and fills it in (without saving). */
  async fillNewPreset(form: PresetForm): Promise<void> {
    await this.addPresetButton().click();
    const editor = this.editor();
    await editor.getByLabel('Name', { exact: true }).fill(form.name);
    for (const [label, option] of Object.entries(form.choices ?? {})) {
      await editor.getByLabel(label, { exact: true }).selectOption({ label: option });
    }
    await editor.getByLabel(/^Co-hosts/).fill((form.cohosts ?? []).join('\n'));
  }
}
