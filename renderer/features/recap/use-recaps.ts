import { useEffect } from 'react';
import { quickmeet } from '../../api/quickmeet';
import { useRemoteState } from '../../api/use-remote-state';

/** Kept recaps, newest first; each `recap.changed` push (a new recap, a link, talk time) reloads the list. */
export function useRecaps() {
  const recaps = useRemoteState(() => quickmeet().recap.list());
  const { reload } = recaps;
  useEffect(() => quickmeet().on('recap.changed', () => reload()), [reload]);
  return { recaps: recaps.value ?? [], error: recaps.error };
}
