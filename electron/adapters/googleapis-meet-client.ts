import type { z } from 'zod';
import { GoogleAuth } from 'google-auth-library';
import { meet_v2 } from 'googleapis/build/src/apis/meet/v2.js';
import { AppError } from '../../shared/ipc/result';
import { isMeetingCode } from '../../shared/model/meeting-code';
import type { AccessTokenSource } from '../core/ports/access-token';
import type { MeetApi, Page, PageRequest } from '../core/ports/meet-api';
import { CoreTokenAuthClient } from './core-token-auth-client';
import { nothingToEndIsDone } from './google-api-errors';
import { createGoogleCalls, type GoogleCallOptions } from './google-calls';
import {
  ConferenceRecordJson,
  DocArtifactJson,
  EmptyJson,
  listJson,
  MemberJson,
  ParticipantJson,
  ParticipantSessionJson,
  RecordingJson,
  SpaceJson,
  TranscriptEntryJson,
} from './meet-response-schemas';

/** How to reach Google (or the emulator) and how patient to be. */
export interface GoogleapisMeetClientOptions extends GoogleCallOptions {
  /** The core's access tokens: each request asks it for a fresh one. */
  readonly tokens: AccessTokenSource;
  /** `https://meet.googleapis.com/` by default; the emulator's base URL + `/` in demo mode. */
  readonly rootUrl?: string;
}

/**
 * The MeetApi port over the googleapis Meet v2 module. Every call has a timeout; only GETs are
 * retried (this module's own loop, which honours Retry-After); every response is validated, and
 * failures become AppErrors with codes the UI can explain.
 */
export function createGoogleapisMeetClient(options: GoogleapisMeetClientOptions): MeetApi {
  // GoogleAuth with a ready `authClient` only hands each request to it (no credential discovery).
  const auth = new GoogleAuth({ authClient: new CoreTokenAuthClient(options.tokens) });
  const meet = new meet_v2.Meet({ auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) });
  const { read, write } = createGoogleCalls(options);
  type Call = Parameters<typeof read>[1];

  const page = async <T>(key: string, item: z.ZodType<T>, call: Call): Promise<Page<T>> => {
    const body = (await read(listJson(key, item), call)) as Record<string, unknown>;
    const items = (body[key] as T[] | undefined) ?? [];
    return typeof body.nextPageToken === 'string' && body.nextPageToken !== '' ? { items, nextPageToken: body.nextPageToken } : { items };
  };
  const paging = (request: PageRequest) => ({
    ...(request.pageSize !== undefined ? { pageSize: request.pageSize } : {}),
    ...(request.pageToken ? { pageToken: request.pageToken } : {}),
    ...(request.filter ? { filter: request.filter } : {}),
  });
  const records = meet.conferenceRecords;
  const rootUrl = options.rootUrl ?? 'https://meet.googleapis.com/';
  // members.list answers `user` (the id participants carry) only in v2beta, a Developer Preview a project
  // must join; a project that has not is answered 403/404 there, and v2 is used from then on.
  let membersBeta = true;
  const listMembersV2 = (parent: string, request: PageRequest) =>
    page('members', MemberJson, (o) => meet.spaces.members.list({ parent, ...paging(request) }, o));

  return {
    createSpace: (config) => write(SpaceJson, 'created', (o) => meet.spaces.create({ requestBody: config ? { config } : {} }, o)),
    getSpace: (name) =>
      read(SpaceJson, (o) => meet.spaces.get({ name }, o), { write: false, meetingCodeLookup: isMeetingCode(name.replace(/^spaces\//, '').toLowerCase()) }),
    patchSpace: (name, config, updateMask) =>
      write(SpaceJson, 'changed', (o) => meet.spaces.patch({ name, updateMask, requestBody: { config } }, o)),
    endActiveConference: async (name) => {
      await write(EmptyJson, 'ended', (o) => meet.spaces.endActiveConference({ name, requestBody: {} }, o).catch(nothingToEndIsDone));
    },
    createMember: (space, member) =>
      write(MemberJson, 'added', (o) => meet.spaces.members.create({ parent: space, requestBody: { email: member.email, role: member.role } }, o)),
    listMembers: async (parent, request) => {
      if (!membersBeta) return listMembersV2(parent, request);
      try {
        return await page('members', MemberJson, (o) => auth.request({ url: `${rootUrl}v2beta/${parent}/members`, params: paging(request), ...o }));
      } catch (error) {
        if (!(error instanceof AppError) || (error.code !== 'NOT_FOUND' && error.code !== 'PERMISSION_DENIED')) throw error;
        membersBeta = false;
        return listMembersV2(parent, request);
      }
    },
    listConferenceRecords: (request) => page('conferenceRecords', ConferenceRecordJson, (o) => records.list(paging(request), o)),
    getConferenceRecord: (name) => read(ConferenceRecordJson, (o) => records.get({ name }, o)),
    listParticipants: (parent, request) => page('participants', ParticipantJson, (o) => records.participants.list({ parent, ...paging(request) }, o)),
    getParticipant: (name) => read(ParticipantJson, (o) => records.participants.get({ name }, o)),
    listParticipantSessions: (parent, request) =>
      page('participantSessions', ParticipantSessionJson, (o) => records.participants.participantSessions.list({ parent, ...paging(request) }, o)),
    listRecordings: (parent, request) => page('recordings', RecordingJson, (o) => records.recordings.list({ parent, ...paging(request) }, o)),
    listTranscripts: (parent, request) => page('transcripts', DocArtifactJson, (o) => records.transcripts.list({ parent, ...paging(request) }, o)),
    listTranscriptEntries: (parent, request) =>
      page('transcriptEntries', TranscriptEntryJson, (o) => records.transcripts.entries.list({ parent, ...paging(request) }, o)),
    listSmartNotes: (parent, request) => page('smartNotes', DocArtifactJson, (o) => records.smartNotes.list({ parent, ...paging(request) }, o)),
  };
}
