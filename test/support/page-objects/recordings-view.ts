import type { Locator, Page } from 'playwright-core';

/** What the export menu of a transcript offers, by its option label. */
export const EXPORT_OPTIONS = { markdown: 'Copy as Markdown', text: 'Save as text', srt: 'Save as SRT' } as const;

/** The Recordings tab: recordings, transcripts and smart notes with their state, Open and Export. */
export class RecordingsView {
  constructor(readonly page: Page) {}

  readonly panel = () => this.page.getByRole('region', { name: 'Recordings and transcripts' });
  readonly rows = () => this.panel().getByRole('list', { name: 'Recordings and transcripts' }).getByRole('listitem');
  readonly status = () => this.panel().getByRole('status');

  /** The row of one artifact kind ('Recording', 'Transcript', 'Smart notes') of the meeting `code`. */
  row(kind: 'Recording' | 'Transcript' | 'Smart notes', code: string): Locator {
    return this.rows().filter({ hasText: new RegExp(`^${kind} · ${code}`) });
  }

  /** The Open button of that row. */
  openButton(kind: 'Recording' | 'Transcript' | 'Smart notes', code: string): Locator {
    return this.row(kind, code).getByRole('button', { name: /^Open/ });
  }

  /** Picks one export of the transcript of `code`. */
  async exportTranscript(code: string, format: keyof typeof EXPORT_OPTIONS): Promise<void> {
    await this.row('Transcript', code).getByRole('combobox', { name: /^Export/ }).selectOption({ label: EXPORT_OPTIONS[format] });
  }
}
