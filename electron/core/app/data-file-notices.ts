import { MAX_NOTICE_MESSAGE, type Notice } from '../../../shared/model/app-info';

/** How a notice names one data file to the person, and what Quickmeet uses instead of a damaged one. */
export interface DataFileLabel {
  /** Prefix of the notice ids: one reset notice and one not-saved notice per file. */
  readonly id: string;
  /** "settings file", "list of recent meetings" … */
  readonly file: string;
  /** What cannot be saved: "settings", "your recent meetings" … */
  readonly what: string;
  /** What Quickmeet started with instead: "default settings", "an empty list" … */
  readonly fresh: string;
}

/** The file was damaged and set aside; Quickmeet started afresh. */
export const dataFileResetNotice = (label: DataFileLabel, reason: string, movedTo: string): Notice => ({
  id: `${label.id}-reset`,
  level: 'warning',
  message:
    `Your ${label.file} could not be used (${reason}), so Quickmeet started with ${label.fresh}. The old file was kept as ${movedTo}.`.slice(
      0,
      MAX_NOTICE_MESSAGE,
    ),
});

/** The file cannot be read or written; it is left alone and changes last until Quickmeet quits. */
export const dataFileNotSavedNotice = (label: DataFileLabel, reason: string): Notice => ({
  id: `${label.id}-not-saved`,
  level: 'warning',
  message: `Quickmeet cannot save ${label.what} (${reason}). Changes will last until Quickmeet quits.`.slice(
    0,
    MAX_NOTICE_MESSAGE,
  ),
});
