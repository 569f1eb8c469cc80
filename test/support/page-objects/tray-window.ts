import type { Locator, Page } from 'playwright-core';

/** The tray window as a user sees it: named regions and controls, found by role and label. */
export class TrayWindow {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Quickmeet', level: 1 });
  readonly account = () => this.page.getByRole('region', { name: 'Account' });
  readonly demoBadge = () => this.account().getByText('Demo mode');
  readonly signInButton = () => this.account().getByRole('button', { name: /Sign in/ });
  readonly cancelSignInButton = () => this.account().getByRole('button', { name: 'Cancel' });
  readonly signOutButton = () => this.account().getByRole('button', { name: 'Sign out' });
  readonly tab = (name: 'Meet' | 'Live' | 'Recordings' | 'Settings') => this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  readonly newMeetingButton = () => this.page.getByRole('button', { name: /New meeting|Creating/ });
  readonly presetPicker = () => this.page.getByLabel('Preset', { exact: true });
  readonly meetingLink = () => this.page.getByTestId('meeting-link');
  readonly joinInput = () => this.page.getByLabel('Meeting code or link');
  readonly joinButton = () => this.page.getByRole('button', { name: 'Join', exact: true });
  readonly alerts = () => this.page.getByRole('alert');
  readonly recentMeetings = () => this.page.getByRole('list', { name: 'Recent meetings' }).getByRole('listitem');
  readonly attendees = () => this.page.getByRole('list', { name: 'Attendees' }).getByRole('listitem');
  readonly headcount = () => this.page.getByTestId('headcount');
  readonly endForEveryoneButton = () => this.page.getByRole('button', { name: 'End for everyone' });
  readonly confirmDialog = () => this.page.getByRole('dialog');
  readonly recordings = () => this.page.getByRole('list', { name: 'Recordings and transcripts' }).getByRole('listitem');
  readonly attendanceTable = () => this.page.getByRole('table');
  readonly staleMarker = () => this.page.getByRole('status').filter({ hasText: 'Not up to date' });
  readonly conferencePicker = () => this.page.getByRole('combobox', { name: /meetings are running/ });
  /** Follows the meeting with `code` through the picker. */
  readonly followConference = async (code: string) => {
    const option = this.conferencePicker().getByRole('option', { name: new RegExp(code) });
    await this.conferencePicker().selectOption(await option.getAttribute('value') ?? '');
  };
  /** The meeting code the picker shows as followed. */
  readonly followedCode = async () => (await this.conferencePicker().locator('option:checked').textContent())?.split(' ')[0];

  /** The error callout carrying `code`, e.g. INVALID_MEETING_CODE. */
  errorWithCode(code: string): Locator {
    return this.page.locator(`[data-error-code="${code}"]`);
  }

  /** Types into the join box and submits it. */
  async join(input: string): Promise<void> {
    await this.joinInput().fill(input);
    await this.joinButton().click();
  }
}
