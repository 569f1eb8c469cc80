import { useEffect, useState } from 'react';
import { CONNECTION_NOTICE_IDS } from '../../shared/model/connection-notice';
import type { AuthState } from '../../shared/model/auth-state';
import type { Settings } from '../../shared/model/settings';
import { quickmeet } from '../api/quickmeet';
import { useRemoteState, type RemoteState } from '../api/use-remote-state';
import { useFollowedConference } from '../features/attendees/use-followed-conference';
import { useLiveConferences } from '../features/attendees/use-live-conferences';
import { useLiveMeeting } from '../features/live-meeting/use-live-meeting';
import { useRecentMeetings } from '../features/instant-meeting/use-recent-meetings';
import { NoticesBar } from '../features/notices/notices-bar';
import { RecordingsPanel } from '../features/recordings/recordings-panel';
import { SettingsPanel } from '../features/settings/settings-panel';
import { TranscriptSearchPanel } from '../features/transcript-search/transcript-search-panel';
import { AccountPanel } from '../features/sign-in/account-panel';
import { useAuthState } from '../features/sign-in/use-auth-state';
import { tabPanelProps, Tabs, type TabSpec } from './tabs';
import { useAccountKey } from './use-account-key';
import { useWindowVisibility } from './use-window-visibility';
import { LiveView } from './views/live-view';
import { MeetView } from './views/meet-view';

type View = 'meet' | 'live' | 'recordings' | 'settings';

/** The tray window: account line, notices, and the views of the account signed in now. */
export function App() {
  useWindowVisibility();
  const info = useRemoteState(() => quickmeet().app.getInfo());
  const auth = useAuthState();
  const settings = useRemoteState(
    () => quickmeet().settings.get(),
    (apply) => quickmeet().on('settings.changed', apply),
  );
  const [view, setView] = useState<View>('meet');
  const accountKey = useAccountKey(auth.value);
  const connectionLost = useConnectionLost();

  return (
    <div className={`app${connectionLost ? ' connection-lost' : ''}`}>
      <header className="app-header">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Quickmeet
        </h1>
        <AccountPanel key={accountKey} auth={auth} demoMode={info.value?.demoMode ?? false} />
      </header>
      <NoticesBar />
      <div className="account-views" inert={connectionLost}>
        <AccountViews key={accountKey} view={view} onSelect={setView} settings={settings} auth={auth} />
      </div>
    </div>
  );
}

interface AccountViewsProps {
  readonly view: View;
  readonly onSelect: (view: View) => void;
  readonly settings: RemoteState<Settings>;
  readonly auth: RemoteState<AuthState>;
}

/** The tabs and four views; they stay mounted across tab switches, and start afresh for each account. */
function AccountViews({ view, onSelect, settings, auth }: AccountViewsProps) {
  const recent = useRecentMeetings();
  const live = useLiveConferences();
  const followed = useFollowedConference(live.value ?? [], recent.value ?? []);
  // People in the followed call, not a count of meetings: a number that reads like an alert would mislead.
  const people = followed.current ? followed.attendees.presentCount : 0;
  // What is being recorded shows on the tab too, so it is seen from every view: the foremost one (REC
  // before TXT before NOTES), so the tab row keeps to one line; the live strip shows them all.
  const recording = (useLiveMeeting().value?.badges ?? []).slice(0, 1);
  const tabs: ReadonlyArray<TabSpec<View>> = [
    { id: 'meet', label: 'Meet' },
    {
      id: 'live',
      label: 'Live',
      badge:
        people > 0 ? (
          <>
            <span className="tab-badge live">
              {people}
              <span className="visually-hidden"> in the call</span>
            </span>
            {recording.map((badge) => (
              <span key={badge} className={`tab-badge live-badge badge-${badge}`}>
                {badge}
              </span>
            ))}
          </>
        ) : undefined,
    },
    { id: 'recordings', label: 'Recordings' },
    { id: 'settings', label: 'Settings' },
  ];
  return (
    <>
      <Tabs tabs={tabs} selected={view} onSelect={onSelect} />
      <main className="views">
        <div {...tabPanelProps('meet')} hidden={view !== 'meet'}>
          <MeetView settings={settings.value} recent={recent} />
        </div>
        <div {...tabPanelProps('live')} hidden={view !== 'live'}>
          <LiveView live={live} followed={followed} />
        </div>
        <div {...tabPanelProps('recordings')} hidden={view !== 'recordings'}>
          <TranscriptSearchPanel />
          <RecordingsPanel />
        </div>
        <div {...tabPanelProps('settings')} hidden={view !== 'settings'}>
          <SettingsPanel settings={settings} auth={auth} />
        </div>
      </main>
    </>
  );
}

/** True once the window lost its connection to the core: everything shown is greyed as out of date. */
function useConnectionLost(): boolean {
  const [lost, setLost] = useState(false);
  useEffect(() => quickmeet().on('app.notice', (notice) => CONNECTION_NOTICE_IDS.includes(notice.id) && setLost(true)), []);
  return lost;
}
