import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { AppInfo } from '../../../shared/model/app-info';
import type { NoticeBoard } from './notice-board';

type AppChannel = 'app.getInfo' | 'app.setWindowVisible' | 'app.listNotices' | 'app.dismissNotice';

export interface AppHandlerDeps {
  readonly info: AppInfo;
  readonly notices: NoticeBoard;
  /** Told when the window is shown or hidden, so polling can change pace. */
  readonly onWindowVisible?: (visible: boolean) => void;
}

/** Handlers for app-wide channels. */
export function createAppHandlers(deps: AppHandlerDeps): HandlersFor<AppChannel> {
  return {
    'app.getInfo': async () => deps.info,
    'app.setWindowVisible': async ({ visible }) => {
      deps.onWindowVisible?.(visible);
      return null;
    },
    'app.listNotices': async () => deps.notices.list(),
    'app.dismissNotice': async ({ id }) => {
      deps.notices.dismiss(id);
      return null;
    },
  };
}
