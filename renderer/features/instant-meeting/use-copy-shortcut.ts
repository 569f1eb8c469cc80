import { useEffect, useRef } from 'react';

/** True when the user has text selected (on the page or inside a field), so Ctrl/Cmd+C must copy that. */
function hasSelection(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    return active.selectionStart !== active.selectionEnd;
  }
  return (window.getSelection()?.toString() ?? '') !== '';
}

/** Ctrl/Cmd+C with nothing selected runs `copy` (copies the current meeting link). */
export function useCopyShortcut(copy: (() => void) | undefined): void {
  const copyRef = useRef(copy);
  copyRef.current = copy;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'c') return;
      if (!copyRef.current || hasSelection()) return;
      event.preventDefault();
      copyRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Enter pressed while focus is on the page itself (not a control) runs `create`. */
export function useEnterCreates(create: () => void): void {
  const createRef = useRef(create);
  createRef.current = create;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target !== document.body && target !== document.documentElement) return;
      event.preventDefault();
      createRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
