/** spaces.members create, get, list, patch, delete and batchUpdate (v2; v2beta adds `user`). */
import { z } from 'zod';
import { DEMO_ACCOUNTS, findAccount } from '../demo-accounts';
import type { EmulatorContext } from '../emulator-context';
import { parseUpdateMask, type UpdateMask } from '../http/field-mask';
import { GoogleApiError, invalidArgument, notFound } from '../http/google-error';
import { omitDefaults } from '../http/proto-json';
import type { Route } from '../http/route';
import { newShortId } from '../ids';
import type { StoredMember, StoredSpace } from '../state/emulator-state';
import type { AccessPolicy } from './access-policy';
import { PAGE_LIMITS, PAGE_PARAMS, listPage } from './list-response';
import { meetRoute, type MeetRequest } from './meet-route';
import { MEET_ENUMS } from './meet-enums';
import { parseBody, protoEnum } from './proto-input';
import { memberJson, type ApiVersion } from './resource-json';

const memberFields = {
  name: z.string().optional(),
  email: z.email().optional(),
  role: protoEnum(MEET_ENUMS.role).optional(),
};
const memberV2 = z.strictObject(memberFields);
const memberV2beta = z.strictObject({ ...memberFields, user: z.string().optional() });
type MemberInput = z.infer<typeof memberV2beta>;

const batchRequest = z.strictObject({
  requests: z.array(z.strictObject({ member: memberV2beta, updateMask: z.string().optional() })).max(500),
  updateMask: z.string().optional(),
});

/** The member routes. */
export function membersRoutes(emu: EmulatorContext, policy: AccessPolicy): Route[] {
  const spaceOf = (id: string | undefined): StoredSpace => emu.queries.spaceById(id ?? '') ?? (() => { throw notFound(); })();
  const render = (member: StoredMember, version: ApiVersion) => memberJson(member, version, findAccount(member.email)?.user);
  const schemaFor = (version: ApiVersion) => (version === 'v2beta' ? memberV2beta : memberV2);
  const memberOf = (space: StoredSpace, id: string | undefined): StoredMember =>
    emu.state.members.find((m) => m.spaceId === space.id && m.id === id) ?? (() => { throw notFound(); })();

  // Only `role` can change; the email identifies the member.
  const applyMask = (member: StoredMember, input: MemberInput, mask: UpdateMask): void => {
    const paths = mask.kind === 'paths' ? mask.paths : ['role'];
    for (const path of paths) if (path !== 'role') throw invalidArgument(`updateMask path "${path}" cannot be updated on a member.`);
    if (mask.kind === 'none' && input.role === undefined) return;
    member.role = input.role ?? 'ROLE_UNSPECIFIED';
  };

  const managedSpace = ({ ctx, caller }: MeetRequest, param: 'space'): StoredSpace => {
    const space = spaceOf(ctx.params[param]);
    policy.assertCanManageSpace(caller, space);
    return space;
  };

  return [
    meetRoute(emu, 'POST', '/{version}/spaces/{space}/members', 'meet.spaces.members.create', (request) => {
      const space = managedSpace(request, 'space');
      const input = parseBody(request.ctx.body, schemaFor(request.version), 'member') as MemberInput;
      if (input.user !== undefined && input.email !== undefined) throw invalidArgument('Set either member.user or member.email, not both.');
      const email = input.email ?? DEMO_ACCOUNTS.find((a) => a.user === input.user)?.email;
      if (email === undefined) throw invalidArgument(input.user === undefined ? 'member.email is required.' : `${input.user} is not a known user.`);
      if (emu.state.members.some((m) => m.spaceId === space.id && m.email === email.toLowerCase())) {
        throw new GoogleApiError('ALREADY_EXISTS', `${email} is already a member of this space.`);
      }
      const member: StoredMember = { id: newShortId(), spaceId: space.id, email: email.toLowerCase(), role: input.role ?? 'ROLE_UNSPECIFIED', createdAt: emu.clock.now() };
      emu.state.members.push(member);
      emu.changed();
      return render(member, request.version);
    }),

    meetRoute(emu, 'GET', '/{version}/spaces/{space}/members/{member}', 'meet.spaces.members.get', ({ ctx, caller, version }) => {
      const space = spaceOf(ctx.params.space);
      policy.assertCanReadMembers(caller, space);
      return render(memberOf(space, ctx.params.member), version);
    }),

    meetRoute(
      emu,
      'GET',
      '/{version}/spaces/{space}/members',
      'meet.spaces.members.list',
      ({ ctx, caller, version }) => {
        const space = spaceOf(ctx.params.space);
        policy.assertCanReadMembers(caller, space);
        const members = emu.state.members.filter((m) => m.spaceId === space.id);
        return listPage(ctx, 'members', members, (m) => render(m, version), version === 'v2beta' ? PAGE_LIMITS.membersV2beta : PAGE_LIMITS.membersV2);
      },
      PAGE_PARAMS,
    ),

    meetRoute(
      emu,
      'PATCH',
      '/{version}/spaces/{space}/members/{member}',
      'meet.spaces.members.patch',
      (request) => {
        const space = managedSpace(request, 'space');
        const member = memberOf(space, request.ctx.params.member);
        applyMask(member, parseBody(request.ctx.body, schemaFor(request.version), 'member') as MemberInput, parseUpdateMask(request.ctx.query.get('updateMask')));
        emu.changed();
        return render(member, request.version);
      },
      ['updateMask'],
    ),

    meetRoute(emu, 'DELETE', '/{version}/spaces/{space}/members/{member}', 'meet.spaces.members.delete', (request) => {
      const space = managedSpace(request, 'space');
      const member = memberOf(space, request.ctx.params.member);
      emu.state.members = emu.state.members.filter((m) => m !== member);
      emu.changed();
      return {};
    }),

    meetRoute(emu, 'POST', '/{version}/spaces/{space}/members:batchUpdate', 'meet.spaces.members.batchUpdate', (request) => {
      const space = managedSpace(request, 'space');
      const body = parseBody(request.ctx.body, batchRequest, 'BatchUpdateMembersRequest');
      const top = body.updateMask;
      // Validate the whole batch before changing anything, so a bad item changes nothing.
      const plan = body.requests.map((item, index) => {
        if (item.updateMask !== undefined && top === undefined) throw invalidArgument(`requests[${index}].updateMask needs a top-level updateMask.`);
        if (item.updateMask !== undefined && item.updateMask !== top) throw invalidArgument(`requests[${index}].updateMask must equal the top-level updateMask.`);
        const id = /^spaces\/[^/]+\/members\/([^/]+)$/.exec(item.member.name ?? '')?.[1];
        const member = memberOf(space, id);
        return { member, input: item.member };
      });
      const mask = top === undefined ? ({ kind: 'all' } as const) : parseUpdateMask(top);
      for (const { member, input } of plan) applyMask(member, input, mask);
      emu.changed();
      return omitDefaults({ members: plan.map(({ member }) => render(member, request.version)) });
    }),
  ];
}
