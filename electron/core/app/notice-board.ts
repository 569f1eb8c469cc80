import type { Notice } from '../../../shared/model/app-info';
import type { EventSink } from '../ports/event-sink';

/** One-time messages for the user; each id is shown once until dismissed. */
export interface NoticeBoard {
  post(notice: Notice): void;
  list(): ReadonlyArray<Notice>;
  dismiss(id: string): void;
}

/** Keeps notices in memory and pushes each new one as `app.notice`. */
export function createNoticeBoard(events: EventSink): NoticeBoard {
  const notices = new Map<string, Notice>();
  return {
    post(notice) {
      if (notices.has(notice.id)) return;
      notices.set(notice.id, notice);
      events.emit('app.notice', notice);
    },
    list: () => [...notices.values()],
    dismiss: (id) => void notices.delete(id),
  };
}
