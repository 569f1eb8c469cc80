/**
 * Who may see and change what (as in Google's Meet API access rules): `meetings.space.created` reaches only spaces the
 * same OAuth client created for the same account; `readonly` reads any space the user owns or joined;
 * `settings` reads and patches the user's own spaces; `config` is shown to owners only.
 */
import { insufficientScopes, notFound, permissionDenied } from '../http/google-error';
import type { StoredConference, StoredSpace } from '../state/emulator-state';
import type { StateQueries } from '../state/state-queries';
import type { Caller } from './caller';

/** Creates the policy over the state lookups. */
export function createAccessPolicy(queries: StateQueries) {
  const isOwner = (caller: Caller, space: StoredSpace): boolean => space.ownerEmail === caller.email;
  const createdByCaller = (caller: Caller, space: StoredSpace): boolean => isOwner(caller, space) && space.creatorClientId === caller.clientId;
  const tookPart = (caller: Caller, space: StoredSpace, conferenceId?: string): boolean => queries.tookPart(caller.email, space.id, conferenceId);

  const canReadRecords = (caller: Caller, space: StoredSpace): boolean =>
    (caller.created && createdByCaller(caller, space)) || (caller.readonly && (isOwner(caller, space) || tookPart(caller, space)));

  const assertCanReadSpaceRecords = (caller: Caller, space: StoredSpace): void => {
    if (!caller.created && !caller.readonly) throw insufficientScopes();
    if (!canReadRecords(caller, space)) throw permissionDenied();
  };

  return {
    isOwner,

    /** spaces.get: any Meet scope; C alone only for the caller's own app-created spaces. */
    assertCanGetSpace(caller: Caller, space: StoredSpace): void {
      if (!caller.created && !caller.readonly && !caller.settings) throw insufficientScopes();
      const ok = caller.readonly || (caller.created && createdByCaller(caller, space)) || (caller.settings && isOwner(caller, space));
      if (!ok) throw permissionDenied();
    },

    /** What spaces.get shows this caller. */
    spaceView: (caller: Caller, space: StoredSpace) => ({
      config: isOwner(caller, space),
      activeConference: isOwner(caller, space) || (space.activeConferenceId !== undefined && tookPart(caller, space, space.activeConferenceId)),
    }),

    /** spaces.patch: C on own app-created spaces, or S on owned spaces. */
    assertCanPatchSpace(caller: Caller, space: StoredSpace): void {
      if (!caller.created && !caller.settings) throw insufficientScopes();
      if (!(caller.created && createdByCaller(caller, space)) && !(caller.settings && isOwner(caller, space))) throw permissionDenied();
    },

    /** endActiveConference and member writes: C on own app-created spaces. */
    assertCanManageSpace(caller: Caller, space: StoredSpace): void {
      if (!caller.created) throw insufficientScopes();
      if (!createdByCaller(caller, space)) throw permissionDenied();
    },

    /** Member reads: C on own app-created spaces, or R on spaces the user owns or joined. */
    assertCanReadMembers: assertCanReadSpaceRecords,

    /** Subscribing to a space's events (Workspace Events): the same rights as reading its records. */
    assertCanWatchSpace: assertCanReadSpaceRecords,

    /** Throws unless the caller has a conference-record scope at all. */
    assertRecordScope(caller: Caller): void {
      if (!caller.created && !caller.readonly) throw insufficientScopes();
    },

    /** Whether a conference record is visible to the caller (lists filter on this). */
    canSeeConference(caller: Caller, conference: StoredConference): boolean {
      const space = queries.spaceById(conference.spaceId);
      return space !== undefined && canReadRecords(caller, space);
    },

    /** A conference record the caller may read: 404 when unknown or expired, 403 when foreign. */
    readableConference(caller: Caller, id: string): StoredConference {
      if (!caller.created && !caller.readonly) throw insufficientScopes();
      const conference = queries.conference(id);
      if (conference === undefined) throw notFound();
      const space = queries.spaceById(conference.spaceId);
      if (space === undefined || !canReadRecords(caller, space)) throw permissionDenied();
      return conference;
    },
  };
}

/** The policy's interface. */
export type AccessPolicy = ReturnType<typeof createAccessPolicy>;
