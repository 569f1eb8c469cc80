import type { PushStatus } from '../../../shared/model/push-status';

/** The words for each state of instant updates: what is happening and, when stopped, why and the fix. */
export function pushStatusWords(status: PushStatus): { readonly text: string; readonly fix?: string; readonly tone: 'ok' | 'busy' | 'problem' | 'off' } {
  switch (status.state) {
    case 'off':
      return { text: 'Off: Quickmeet checks for changes every few seconds.', tone: 'off' };
    case 'settingUp':
      return { text: `Setting up: ${status.step}…`, tone: 'busy' };
    case 'healthy': {
      const what = status.target === 'user' ? 'all your meetings' : `${status.subscriptions} meeting${status.subscriptions === 1 ? '' : 's'}`;
      const until = status.expireTime ? `, renewed before ${new Date(status.expireTime).toLocaleString()}` : '';
      return { text: `Healthy: joins and recordings show at once for ${what}${until}.`, tone: 'ok' };
    }
    case 'renewing':
      return { text: 'Renewing the subscription…', tone: 'busy' };
    case 'suspended':
      return { text: `Suspended by Google (${status.reason}). Quickmeet polls meanwhile.`, fix: status.fix, tone: 'problem' };
    case 'failed':
      return { text: status.message, ...(status.fix ? { fix: status.fix } : {}), tone: 'problem' };
  }
}

/** One status line under the switch, announced politely when it changes. */
export function PushStatusLine({ status, id }: { readonly status: PushStatus; readonly id: string }) {
  const words = pushStatusWords(status);
  return (
    <div id={id} className={`push-status push-status-${words.tone}`} role="status" aria-live="polite" data-state={status.state}>
      <p>{words.text}</p>
      {words.fix && <p className="muted">{words.fix}</p>}
    </div>
  );
}
