import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../shared/model/app-info';
import { CONNECTION_LOST_NOTICE, NEVER_CONNECTED_NOTICE } from '../../../shared/model/connection-notice';
import { call, quickmeet } from '../../api/quickmeet';

/** One-time messages from the app (settings reset, keychain unavailable …), each dismissible. */
export function NoticesBar() {
  const [notices, setNotices] = useState<ReadonlyArray<Notice>>([]);
  useEffect(() => {
    const unsubscribe = quickmeet().on('app.notice', (notice) =>
      setNotices((current) => [...current.filter((n) => n.id !== notice.id), notice]),
    );
    void call(() => quickmeet().app.listNotices()).then((result) => {
      if (result.ok) setNotices((current) => [...result.value, ...current.filter((n) => !result.value.some((r) => r.id === n.id))]);
    });
    return unsubscribe;
  }, []);
  const dismiss = useCallback((id: string) => {
    setNotices((current) => current.filter((n) => n.id !== id));
    void call(() => quickmeet().app.dismissNotice({ id }));
  }, []);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((notice) => (
        <li key={notice.id} className={`callout callout-${notice.level === 'error' ? 'error' : notice.level === 'warning' ? 'warning' : 'info'}`}>
          <span>{notice.message}</span>
          {notice.id === CONNECTION_LOST_NOTICE.id && (
            <button type="button" className="small" onClick={() => location.reload()}>
              Reload
            </button>
          )}
          {/* Without a connection this is the one thing the page can tell: it stays. */}
          {notice.id !== NEVER_CONNECTED_NOTICE.id && (
            <button type="button" className="quiet small" onClick={() => dismiss(notice.id)} aria-label={`Dismiss: ${notice.message}`}>
              Dismiss
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
