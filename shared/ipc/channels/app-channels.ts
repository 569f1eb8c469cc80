import { z } from 'zod';
import { AppInfo, Notice } from '../../model/app-info';
import { request } from '../define';
import { noArgs } from '../limits';

/** App-wide requests: facts, window visibility (drives polling rates), quitting. */
export const appRequests = {
  'app.getInfo': request(noArgs, AppInfo),
  'app.setWindowVisible': request(z.strictObject({ visible: z.boolean() }), z.null()),
  'app.listNotices': request(noArgs, z.array(Notice).readonly()),
  'app.dismissNotice': request(z.strictObject({ id: z.string().min(1).max(100) }), z.null()),
} as const;

/** App-wide pushes. */
export const appEvents = {
  'app.notice': Notice,
} as const;
