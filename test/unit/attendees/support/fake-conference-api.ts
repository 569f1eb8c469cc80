import { AppError } from '../../../../shared/ipc/result';
import type {
  ConferenceRecord,
  MeetApi,
  MeetMember,
  MeetDocArtifact,
  MeetParticipant,
  MeetRecording,
  MeetSpace,
  Page,
  PageRequest,
  ParticipantSession,
  TranscriptEntry,
} from '../../../../electron/core/ports/meet-api';
import type { Clock } from '../../../../electron/core/ports/clock';

type Method = keyof MeetApi;
type Kind = 'signedinUser' | 'anonymousUser' | 'phoneUser';

interface FakeParticipant {
  readonly name: string;
  readonly kind: Kind;
  readonly displayName: string;
  readonly sessions: ParticipantSession[];
  readonly user?: string;
}

/**
 * An in-memory Meet API with conferences, people, sessions and artifacts, driven by a clock. Filters
 * follow the documented forms (`IS NULL`, `>=`); pages are cut at `pageSize`. Every call is logged.
 */
export class FakeConferenceApi implements MeetApi {
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  readonly records = new Map<string, ConferenceRecord>();
  readonly participants = new Map<string, FakeParticipant[]>();
  readonly recordings = new Map<string, MeetRecording[]>();
  readonly transcripts = new Map<string, MeetDocArtifact[]>();
  readonly smartNotes = new Map<string, MeetDocArtifact[]>();
  readonly entries = new Map<string, TranscriptEntry[]>();
  /** Members by space (`spaces/x`). */
  readonly members = new Map<string, MeetMember[]>();
  readonly notOwner = new Set<string>();
  private readonly failures = new Map<Method, AppError[]>();
  private counter = 0;

  constructor(private readonly clock: Clock) {}

  private iso = () => new Date(this.clock.now()).toISOString();
  private id = (prefix: string) => `${prefix}${++this.counter}`;

  // ----- test controls -----
  failNext(method: Method, error: AppError, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
  }
  count(method?: Method): number {
    return method ? this.calls.filter((c) => c.method === method).length : this.calls.length;
  }
  startConference(space: string): string {
    const name = `conferenceRecords/${this.id('rec')}`;
    this.records.set(name, { name, space, startTime: this.iso() });
    this.participants.set(name, []);
    return name;
  }
  join(record: string, kind: Kind, displayName: string, user?: string): string {
    const list = this.participants.get(record)!;
    const name = `${record}/participants/${this.id('p')}`;
    list.push({ name, kind, displayName, sessions: [], ...(user ? { user } : {}) });
    this.rejoin(name);
    return name;
  }
  rejoin(participant: string): void {
    const p = this.find(participant);
    p.sessions.push({ name: `${participant}/participantSessions/${this.id('s')}`, startTime: this.iso() });
  }
  leave(participant: string): void {
    const p = this.find(participant);
    const open = p.sessions.findIndex((s) => !s.endTime);
    if (open >= 0) p.sessions[open] = { ...p.sessions[open]!, endTime: this.iso() };
  }
  end(record: string, artifacts: ReadonlyArray<'recording' | 'transcript' | 'smartNote'> = []): void {
    for (const p of this.participants.get(record) ?? []) this.leave(p.name);
    const r = this.records.get(record)!;
    this.records.set(record, { ...r, endTime: this.iso() });
    const base = { state: 'ENDED' as const, startTime: r.startTime, endTime: this.iso() };
    if (artifacts.includes('recording')) this.recordings.set(record, [{ name: `${record}/recordings/${this.id('r')}`, ...base }]);
    if (artifacts.includes('transcript')) this.transcripts.set(record, [{ name: `${record}/transcripts/${this.id('t')}`, ...base }]);
    if (artifacts.includes('smartNote')) this.smartNotes.set(record, [{ name: `${record}/smartNotes/${this.id('n')}`, ...base }]);
  }
  generate(record: string, exportUri = (id: string) => `https://drive.google.com/file/d/${id}/view`): void {
    this.recordings.set(record, (this.recordings.get(record) ?? []).map((r) => ({ ...r, state: 'FILE_GENERATED', driveDestination: { file: 'f', exportUri: exportUri('f') } })));
    const doc = (d: MeetDocArtifact): MeetDocArtifact => ({ ...d, state: 'FILE_GENERATED', docsDestination: { document: 'd', exportUri: 'https://docs.google.com/document/d/d/view' } });
    this.transcripts.set(record, (this.transcripts.get(record) ?? []).map(doc));
    this.smartNotes.set(record, (this.smartNotes.get(record) ?? []).map(doc));
  }
  expire(record: string): void {
    for (const map of [this.records, this.participants, this.recordings, this.transcripts, this.smartNotes]) map.delete(record);
  }

  // ----- MeetApi -----
  async createSpace(): Promise<MeetSpace> {
    throw new Error('not used');
  }
  async getSpace(): Promise<MeetSpace> {
    throw new Error('not used');
  }
  async patchSpace(): Promise<MeetSpace> {
    throw new Error('not used');
  }
  async createMember(): Promise<never> {
    throw new Error('not used');
  }
  async listMembers(space: string, request: PageRequest): Promise<Page<MeetMember>> {
    this.enter('listMembers', [space, request]);
    return page(this.members.get(space) ?? [], request, 100);
  }
  async endActiveConference(space: string): Promise<void> {
    this.enter('endActiveConference', [space]);
    if (this.notOwner.has(space)) throw new AppError('PERMISSION_DENIED', 'The caller does not have permission.');
    const live = [...this.records.values()].find((r) => r.space === space && !r.endTime);
    if (live) this.end(live.name);
  }
  async listConferenceRecords(request: PageRequest): Promise<Page<ConferenceRecord>> {
    this.enter('listConferenceRecords', [request]);
    let items = [...this.records.values()].sort((a, b) => b.startTime.localeCompare(a.startTime));
    const filter = request.filter ?? '';
    if (filter === 'end_time IS NULL') items = items.filter((r) => !r.endTime);
    const since = /^start_time>="(.+)"$/.exec(filter)?.[1];
    if (since) items = items.filter((r) => r.startTime >= since);
    return page(items, request, 25);
  }
  async getConferenceRecord(name: string): Promise<ConferenceRecord> {
    this.enter('getConferenceRecord', [name]);
    return this.records.get(name) ?? notFound();
  }
  async listParticipants(record: string, request: PageRequest): Promise<Page<MeetParticipant>> {
    this.enter('listParticipants', [record, request]);
    if (!this.records.has(record)) notFound();
    let items = (this.participants.get(record) ?? []).map(toParticipant).reverse();
    if (request.filter === 'latest_end_time IS NULL') items = items.filter((p) => !p.latestEndTime);
    return page(items, request, 100);
  }
  async getParticipant(name: string): Promise<MeetParticipant> {
    this.enter('getParticipant', [name]);
    return toParticipant(this.find(name));
  }
  async listParticipantSessions(participant: string, request: PageRequest): Promise<Page<ParticipantSession>> {
    this.enter('listParticipantSessions', [participant, request]);
    return page([...this.find(participant).sessions].reverse(), request, 100);
  }
  async listRecordings(record: string, request: PageRequest) {
    this.enter('listRecordings', [record, request]);
    return page(this.artifactsOf(this.recordings, record), request, 10);
  }
  async listTranscripts(record: string, request: PageRequest) {
    this.enter('listTranscripts', [record, request]);
    return page(this.artifactsOf(this.transcripts, record), request, 10);
  }
  async listSmartNotes(record: string, request: PageRequest) {
    this.enter('listSmartNotes', [record, request]);
    return page(this.artifactsOf(this.smartNotes, record), request, 10);
  }
  async listTranscriptEntries(transcript: string, request: PageRequest): Promise<Page<TranscriptEntry>> {
    this.enter('listTranscriptEntries', [transcript, request]);
    return page(this.entries.get(transcript) ?? [], request, 10);
  }

  private artifactsOf<T>(map: Map<string, T[]>, record: string): T[] {
    if (!this.records.has(record)) notFound();
    return map.get(record) ?? [];
  }
  private find(participant: string): FakeParticipant {
    for (const list of this.participants.values()) {
      const found = list.find((p) => p.name === participant);
      if (found) return found;
    }
    return notFound();
  }
  private enter(method: Method, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
  }
}

function notFound(): never {
  throw new AppError('NOT_FOUND', 'Requested entity was not found.');
}

function toParticipant(p: FakeParticipant): MeetParticipant {
  const starts = p.sessions.map((s) => s.startTime).sort();
  const open = p.sessions.some((s) => !s.endTime);
  const ends = p.sessions.map((s) => s.endTime ?? '').sort();
  return {
    name: p.name,
    earliestStartTime: starts[0]!,
    ...(open ? {} : { latestEndTime: ends.at(-1)! }),
    [p.kind]: { displayName: p.displayName, ...(p.kind === 'signedinUser' ? { user: p.user ?? 'users/1' } : {}) },
  };
}

function page<T>(items: ReadonlyArray<T>, request: PageRequest, defaultSize: number): Page<T> {
  const size = request.pageSize && request.pageSize > 0 ? request.pageSize : defaultSize;
  const offset = request.pageToken ? Number(request.pageToken) : 0;
  const slice = items.slice(offset, offset + size);
  return offset + size < items.length ? { items: slice, nextPageToken: String(offset + size) } : { items: slice };
}
