/** conferenceRecords.get and list: newest first, filterable on space and time, expired records gone. */
import type { EmulatorContext } from '../emulator-context';
import { compileFilter, type FilterFields } from '../http/filter-eval';
import type { Route } from '../http/route';
import type { StoredConference } from '../state/emulator-state';
import type { AccessPolicy } from './access-policy';
import { PAGE_LIMITS, PAGE_PARAMS, listPage } from './list-response';
import { meetRoute } from './meet-route';
import { conferenceJson } from './resource-json';

/** The conference record routes. */
export function conferenceRecordsRoutes(emu: EmulatorContext, policy: AccessPolicy): Route[] {
  const filterFields: FilterFields<StoredConference> = {
    'space.name': { type: 'string', get: (c) => `spaces/${c.spaceId}` },
    'space.meeting_code': { type: 'string', caseInsensitive: true, get: (c) => emu.queries.spaceById(c.spaceId)?.meetingCode },
    start_time: { type: 'time', get: (c) => c.startTime },
    end_time: { type: 'time', get: (c) => c.endTime },
  };

  return [
    meetRoute(emu, 'GET', '/{version}/conferenceRecords/{record}', 'meet.conferenceRecords.get', ({ ctx, caller }) =>
      conferenceJson(policy.readableConference(caller, ctx.params.record ?? '')),
    ),

    meetRoute(
      emu,
      'GET',
      '/{version}/conferenceRecords',
      'meet.conferenceRecords.list',
      ({ ctx, caller }) => {
        policy.assertRecordScope(caller);
        const matches = compileFilter(ctx.query.get('filter'), filterFields);
        const visible = emu.queries
          .liveConferences()
          .filter((c) => policy.canSeeConference(caller, c) && matches(c))
          .sort((a, b) => b.startTime - a.startTime);
        return listPage(ctx, 'conferenceRecords', visible, conferenceJson, PAGE_LIMITS.conferenceRecords);
      },
      [...PAGE_PARAMS, 'filter'],
    ),
  ];
}
