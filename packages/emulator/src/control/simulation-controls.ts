/** Control endpoints that drive meetings: spaces, conferences, participants, artifacts. */
import { z } from 'zod';
import { findAccount } from '../demo-accounts';
import type { EmulatorContext } from '../emulator-context';
import { invalidArgument, notFound } from '../http/google-error';
import type { Route } from '../http/route';
import { parseBody } from '../meet/proto-input';
import { artifactJson, conferenceJson, participantJson, spaceJson } from '../meet/resource-json';
import { createConfig } from '../meet/space-config-update';
import { spaceConfigInput } from '../meet/space-schema';
import { createSpace } from '../meet/spaces-routes';
import type { ArtifactType, StoredConference, StoredParticipant } from '../state/emulator-state';
import { isMeetingCode } from '@quickmeet/common/meeting-code';
import { controlRoute } from './control-route';
import { playScenario, SCENARIOS } from '../simulation/scenarios';
import { DEMO_CLIENT_ID } from '../demo-client';

const ARTIFACT_COLLECTIONS: Readonly<Record<string, ArtifactType>> = { recordings: 'recording', transcripts: 'transcript', smartNotes: 'smartNote' };

const joinBody = z.strictObject({
  kind: z.enum(['signedinUser', 'anonymousUser', 'phoneUser']),
  displayName: z.string().min(1).max(200).optional(),
  account: z.string().optional(),
});
const scenarioBody = z.strictObject({ scenario: z.enum(SCENARIOS) });
const endBody = z.strictObject({
  artifacts: z.array(z.enum(['recording', 'transcript', 'smartNote'])).optional(),
  generateNow: z.boolean().optional(),
});
const spaceBody = z.strictObject({
  owner: z.string().default('ada@quickmeet.test'),
  clientId: z.string().min(1).max(200).default(DEMO_CLIENT_ID),
  config: spaceConfigInput.optional(),
  /** Any code of the documented shape (`abcd-efgh-ijkl`), to try codes other than 3-4-3. */
  meetingCode: z.string().refine(isMeetingCode, 'letter groups joined by hyphens, at most 128 characters').optional(),
});

/** The simulation control routes. */
export function simulationControls(emu: EmulatorContext): Route[] {
  const conferenceOf = (id: string | undefined): StoredConference => emu.queries.conference(id ?? '') ?? (() => { throw notFound('No such conference record.'); })();
  const participantOf = (conference: StoredConference, id: string | undefined): StoredParticipant =>
    emu.queries.participant(conference.id, id ?? '') ?? (() => { throw notFound('No such participant.'); })();
  const collectionType = (name: string | undefined): ArtifactType => ARTIFACT_COLLECTIONS[name ?? ''] ?? (() => { throw notFound(); })();

  return [
    controlRoute('GET', '/spaces', 'spaces.list', () => ({
      spaces: emu.state.spaces.map((s) => ({ ...spaceJson(s, { config: true, activeConference: true }), owner: s.ownerEmail, clientId: s.creatorClientId })),
    })),
    controlRoute('POST', '/spaces', 'spaces.create', (ctx) => {
      const body = parseBody(ctx.body, spaceBody, 'space');
      if (findAccount(body.owner) === undefined) throw invalidArgument(`${body.owner} is not a demo account.`);
      const space = createSpace(emu, findAccount(body.owner)!.email, body.clientId, createConfig(body.config), body.meetingCode);
      return spaceJson(space, { config: true, activeConference: true });
    }),
    controlRoute('POST', '/spaces/{space}:startConference', 'spaces.startConference', (ctx) => {
      const space = emu.queries.spaceByIdOrCode(ctx.params.space ?? '') ?? (() => { throw notFound('No such space.'); })();
      return conferenceJson(emu.simulator.start(space));
    }),
    controlRoute('POST', '/spaces/{space}:playScenario', 'spaces.playScenario', (ctx) => {
      const space = emu.queries.spaceByIdOrCode(ctx.params.space ?? '') ?? (() => { throw notFound('No such space.'); })();
      const played = playScenario(emu, space, parseBody(ctx.body, scenarioBody, 'scenario').scenario);
      return { conference: conferenceJson(played.conference), steps: played.steps.map((step) => ({ at: new Date(step.at).toISOString(), what: step.what })) };
    }),
    controlRoute('POST', '/conferenceRecords/{record}/participants', 'participants.join', (ctx) => {
      const body = parseBody(ctx.body, joinBody, 'participant');
      return participantJson(emu.simulator.join(conferenceOf(ctx.params.record), body));
    }),
    controlRoute('POST', '/conferenceRecords/{record}/participants/{participant}:leave', 'participants.leave', (ctx) => {
      const conference = conferenceOf(ctx.params.record);
      return participantJson(emu.simulator.leave(participantOf(conference, ctx.params.participant)));
    }),
    controlRoute('POST', '/conferenceRecords/{record}/participants/{participant}:join', 'participants.rejoin', (ctx) => {
      const conference = conferenceOf(ctx.params.record);
      return participantJson(emu.simulator.rejoin(participantOf(conference, ctx.params.participant)));
    }),
    controlRoute('POST', '/conferenceRecords/{record}:end', 'conferenceRecords.end', (ctx) => {
      const body = parseBody(ctx.body, endBody, 'end');
      return conferenceJson(emu.simulator.end(conferenceOf(ctx.params.record), body));
    }),
    controlRoute('POST', '/conferenceRecords/{record}/{collection}', 'artifacts.start', (ctx) => {
      const artifact = emu.simulator.startArtifact(conferenceOf(ctx.params.record), collectionType(ctx.params.collection));
      return artifactJson(artifact, emu.clock.now());
    }),
    controlRoute('POST', '/conferenceRecords/{record}/{collection}/{artifact}:stop', 'artifacts.stop', (ctx) => {
      const conference = conferenceOf(ctx.params.record);
      const type = collectionType(ctx.params.collection);
      const artifact = emu.queries.artifactsOf(conference.id, type).find((a) => a.id === ctx.params.artifact) ?? (() => { throw notFound(); })();
      return artifactJson(emu.simulator.stopArtifact(artifact), emu.clock.now());
    }),
  ];
}
