/** participants and participantSessions get/list: latest join first, filterable on times (incl. IS NULL). */
import type { EmulatorContext } from '../emulator-context';
import { compileFilter, type FilterFields } from '../http/filter-eval';
import { notFound } from '../http/google-error';
import { selectsField } from '../http/partial-response';
import type { Route } from '../http/route';
import type { StoredParticipant, StoredSession } from '../state/emulator-state';
import type { AccessPolicy } from './access-policy';
import { PAGE_LIMITS, PAGE_PARAMS, listPage } from './list-response';
import { meetRoute, type MeetRequest } from './meet-route';
import { participantJson, participantTimes, sessionJson } from './resource-json';

const participantFilter: FilterFields<StoredParticipant> = {
  earliest_start_time: { type: 'time', get: (p) => participantTimes(p).earliestStartTime },
  latest_end_time: { type: 'time', get: (p) => participantTimes(p).latestEndTime },
};

const sessionFilter: FilterFields<StoredSession> = {
  start_time: { type: 'time', get: (s) => s.startTime },
  end_time: { type: 'time', get: (s) => s.endTime },
};

/** The participant and session routes. */
export function participantsRoutes(emu: EmulatorContext, policy: AccessPolicy): Route[] {
  const participantOf = ({ ctx, caller }: MeetRequest): StoredParticipant => {
    const conference = policy.readableConference(caller, ctx.params.record ?? '');
    return emu.queries.participant(conference.id, ctx.params.participant ?? '') ?? (() => { throw notFound(); })();
  };

  return [
    meetRoute(emu, 'GET', '/{version}/conferenceRecords/{record}/participants/{participant}', 'meet.conferenceRecords.participants.get', (request) =>
      participantJson(participantOf(request)),
    ),

    meetRoute(
      emu,
      'GET',
      '/{version}/conferenceRecords/{record}/participants',
      'meet.conferenceRecords.participants.list',
      ({ ctx, caller, fields }) => {
        const conference = policy.readableConference(caller, ctx.params.record ?? '');
        const matches = compileFilter(ctx.query.get('filter'), participantFilter);
        const ordered = emu.queries
          .participantsOf(conference.id)
          .filter(matches)
          .sort((a, b) => participantTimes(b).earliestStartTime - participantTimes(a).earliestStartTime || b.joinSeq - a.joinSeq);
        // totalSize is outside the default field set, so it appears only when `fields` asks for it.
        const extra = selectsField(fields, 'totalSize') ? { totalSize: ordered.length } : {};
        return listPage(ctx, 'participants', ordered, participantJson, PAGE_LIMITS.participants, extra);
      },
      [...PAGE_PARAMS, 'filter'],
    ),

    meetRoute(
      emu,
      'GET',
      '/{version}/conferenceRecords/{record}/participants/{participant}/participantSessions/{session}',
      'meet.conferenceRecords.participants.participantSessions.get',
      (request) => {
        const participant = participantOf(request);
        const session = participant.sessions.find((s) => s.id === request.ctx.params.session) ?? (() => { throw notFound(); })();
        return sessionJson(participant, session);
      },
    ),

    meetRoute(
      emu,
      'GET',
      '/{version}/conferenceRecords/{record}/participants/{participant}/participantSessions',
      'meet.conferenceRecords.participants.participantSessions.list',
      (request) => {
        const participant = participantOf(request);
        const matches = compileFilter(request.ctx.query.get('filter'), sessionFilter);
        const ordered = [...participant.sessions].reverse().filter(matches).sort((a, b) => b.startTime - a.startTime);
        return listPage(request.ctx, 'participantSessions', ordered, (s) => sessionJson(participant, s), PAGE_LIMITS.participantSessions);
      },
      [...PAGE_PARAMS, 'filter'],
    ),
  ];
}
