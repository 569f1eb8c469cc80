import { useEffect } from 'react';
import { call, quickmeet } from '../api/quickmeet';

/** Tells the core whether the window is visible, so attendee polling can speed up or slow down. */
export function useWindowVisibility(): void {
  useEffect(() => {
    const report = () => void call(() => quickmeet().app.setWindowVisible({ visible: document.visibilityState === 'visible' }));
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, []);
}
