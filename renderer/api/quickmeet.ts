import type { QuickmeetApi } from '../../shared/ipc/quickmeet-api';
import type { AppErrorInfo, Result } from '../../shared/ipc/result';

/** The typed client: `window.quickmeet`, checked once so a missing host fails loudly, not as undefined calls. */
export function quickmeet(): QuickmeetApi {
  if (!window.quickmeet) throw new Error('Quickmeet is not connected: window.quickmeet is missing.');
  return window.quickmeet;
}

/** Runs a request and never throws: a transport failure becomes an UNAVAILABLE result. */
export async function call<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await request();
  } catch (error) {
    const info: AppErrorInfo = { code: 'UNAVAILABLE', message: error instanceof Error ? error.message : String(error) };
    return { ok: false, error: info };
  }
}

/**
 * Writes text to this page's clipboard as well. The host already copied it to the system clipboard;
 * doing it here too keeps the page's clipboard right in hosts whose clipboard is not the system one.
 */
export async function mirrorToPageClipboard(text: string | undefined): Promise<void> {
  if (!text) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard access can be denied (no focus, permissions); the host's copy already happened.
  }
}
