/** spaces.create, get (by id or meeting code), patch, endActiveConference, and v2beta connectActiveConference. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context';
import { parseUpdateMask } from '../http/field-mask';
import { failedPrecondition, insufficientScopes, notFound, permissionDenied } from '../http/google-error';
import type { Route } from '../http/route';
import { newMeetingCode, newSpaceId } from '../ids';
import { SCOPES } from '../oauth/scopes';
import type { StoredSpace } from '../state/emulator-state';
import type { AccessPolicy } from './access-policy';
import { meetRoute } from './meet-route';
import { parseBody } from './proto-input';
import { spaceJson } from './resource-json';
import { createConfig, patchConfig } from './space-config-update';
import { spaceInput } from './space-schema';

/** Creates a space owned by `email` for `clientId` (also used by the control API, which may choose the code). */
export function createSpace(emu: EmulatorContext, email: string, clientId: string, config: StoredSpace['config'], code?: string): StoredSpace {
  let meetingCode = code ?? newMeetingCode();
  while (emu.state.spaces.some((s) => s.meetingCode === meetingCode)) meetingCode = newMeetingCode();
  const space: StoredSpace = { id: newSpaceId(), meetingCode, ownerEmail: email, creatorClientId: clientId, createdAt: emu.clock.now(), config };
  emu.state.spaces.push(space);
  emu.changed();
  return space;
}

/** The space routes. */
export function spacesRoutes(emu: EmulatorContext, policy: AccessPolicy): Route[] {
  const canonicalSpace = (id: string): StoredSpace => emu.queries.spaceById(id) ?? (() => { throw notFound(); })();

  return [
    meetRoute(emu, 'POST', '/{version}/spaces', 'meet.spaces.create', ({ ctx, caller }) => {
      if (!caller.created) throw insufficientScopes();
      const body = parseBody(ctx.body, spaceInput, 'space');
      const space = createSpace(emu, caller.email, caller.clientId, createConfig(body.config));
      emu.spaceCreated(space);
      return spaceJson(space, { config: true, activeConference: true });
    }),

    meetRoute(emu, 'GET', '/{version}/spaces/{space}', 'meet.spaces.get', ({ ctx, caller }) => {
      const space = emu.queries.spaceByIdOrCode(ctx.params.space ?? '');
      if (space === undefined) throw notFound();
      policy.assertCanGetSpace(caller, space);
      return spaceJson(space, policy.spaceView(caller, space));
    }),

    meetRoute(
      emu,
      'PATCH',
      '/{version}/spaces/{space}',
      'meet.spaces.patch',
      ({ ctx, caller }) => {
        // The meeting-code alias is documented for get only; patch takes the canonical name.
        const space = canonicalSpace(ctx.params.space ?? '');
        policy.assertCanPatchSpace(caller, space);
        const mask = parseUpdateMask(ctx.query.get('updateMask'));
        const body = parseBody(ctx.body, spaceInput, 'space');
        space.config = patchConfig(space.config, body.config, mask);
        emu.changed();
        return spaceJson(space, policy.spaceView(caller, space));
      },
      ['updateMask'],
    ),

    meetRoute(emu, 'POST', '/{version}/spaces/{space}:endActiveConference', 'meet.spaces.endActiveConference', ({ ctx, caller }) => {
      const space = canonicalSpace(ctx.params.space ?? '');
      policy.assertCanManageSpace(caller, space);
      parseBody(ctx.body, z.strictObject({}), 'EndActiveConferenceRequest');
      const conference = space.activeConferenceId === undefined ? undefined : emu.queries.conference(space.activeConferenceId);
      if (conference === undefined) throw failedPrecondition('There is no active conference in this space.');
      emu.simulator.end(conference);
      return {};
    }),

    meetRoute(emu, 'POST', '/v2beta/spaces/{space}:connectActiveConference', 'meet.spaces.connectActiveConference', ({ ctx, caller }) => {
      const space = canonicalSpace(ctx.params.space ?? '');
      const media = [SCOPES.mediaReadonly, SCOPES.mediaAudio, SCOPES.mediaVideo];
      if (!caller.scopes.some((s) => media.includes(s as (typeof media)[number]))) throw insufficientScopes();
      if (!policy.isOwner(caller, space)) throw permissionDenied();
      parseBody(ctx.body, z.strictObject({ offer: z.string().min(1) }), 'ConnectActiveConferenceRequest');
      if (space.activeConferenceId === undefined) throw failedPrecondition('There is no active conference in this space.');
      return { answer: 'v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n', traceId: randomBytes(8).toString('hex') };
    }),
  ];
}
