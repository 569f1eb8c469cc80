/** recordings, transcripts, transcripts.entries and smartNotes get/list: oldest first, no filter. */
import type { EmulatorContext } from '../emulator-context';
import { notFound } from '../http/google-error';
import type { Route } from '../http/route';
import type { ArtifactType, StoredArtifact } from '../state/emulator-state';
import type { AccessPolicy } from './access-policy';
import { PAGE_LIMITS, PAGE_PARAMS, listPage } from './list-response';
import { meetRoute, type MeetRequest } from './meet-route';
import { artifactJson, entryJson } from './resource-json';

const COLLECTIONS: ReadonlyArray<{ type: ArtifactType; collection: string; param: string }> = [
  { type: 'recording', collection: 'recordings', param: 'recording' },
  { type: 'transcript', collection: 'transcripts', param: 'transcript' },
  { type: 'smartNote', collection: 'smartNotes', param: 'smartNote' },
];

/** The artifact routes. */
export function artifactsRoutes(emu: EmulatorContext, policy: AccessPolicy): Route[] {
  const artifactsIn = ({ ctx, caller }: MeetRequest, type: ArtifactType): StoredArtifact[] => {
    const conference = policy.readableConference(caller, ctx.params.record ?? '');
    return emu.queries.artifactsOf(conference.id, type).sort((a, b) => a.startTime - b.startTime);
  };
  const artifactById = (request: MeetRequest, type: ArtifactType, id: string | undefined): StoredArtifact =>
    artifactsIn(request, type).find((a) => a.id === id) ?? (() => { throw notFound(); })();

  const perCollection = COLLECTIONS.flatMap(({ type, collection, param }) => [
    meetRoute(emu, 'GET', `/{version}/conferenceRecords/{record}/${collection}/{${param}}`, `meet.conferenceRecords.${collection}.get`, (request) =>
      artifactJson(artifactById(request, type, request.ctx.params[param]), emu.clock.now()),
    ),
    meetRoute(
      emu,
      'GET',
      `/{version}/conferenceRecords/{record}/${collection}`,
      `meet.conferenceRecords.${collection}.list`,
      (request) => listPage(request.ctx, collection, artifactsIn(request, type), (a) => artifactJson(a, emu.clock.now()), PAGE_LIMITS.artifacts),
      PAGE_PARAMS,
    ),
  ]);

  const entriesOf = (request: MeetRequest) => {
    const transcript = artifactById(request, 'transcript', request.ctx.params.transcript);
    return emu.state.transcriptEntries.filter((e) => e.transcriptId === transcript.id).sort((a, b) => a.startTime - b.startTime);
  };

  return [
    ...perCollection,
    meetRoute(
      emu,
      'GET',
      '/{version}/conferenceRecords/{record}/transcripts/{transcript}/entries/{entry}',
      'meet.conferenceRecords.transcripts.entries.get',
      (request) => {
        const entry = entriesOf(request).find((e) => e.id === request.ctx.params.entry) ?? (() => { throw notFound(); })();
        return entryJson(request.ctx.params.record ?? '', entry);
      },
    ),
    meetRoute(
      emu,
      'GET',
      '/{version}/conferenceRecords/{record}/transcripts/{transcript}/entries',
      'meet.conferenceRecords.transcripts.entries.list',
      (request) => listPage(request.ctx, 'transcriptEntries', entriesOf(request), (e) => entryJson(request.ctx.params.record ?? '', e), PAGE_LIMITS.artifacts),
      PAGE_PARAMS,
    ),
  ];
}
