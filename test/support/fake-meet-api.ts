import { AppError } from '../../shared/ipc/result';
import type { MeetApi, MeetMember, MeetSpace, Page, SpaceConfig } from '../../electron/core/ports/meet-api';

type Method = keyof MeetApi;

/**
 * An in-memory Meet API for core unit tests: spaces and members are kept, every call is logged,
 * and tests can queue failures or hold a method's calls until released.
 */
export class FakeMeetApi implements MeetApi {
  readonly spaces = new Map<string, MeetSpace>();
  readonly members: Array<{ space: string; email: string; role: string }> = [];
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  /** Dial-in numbers given to new spaces (none by default). */
  phoneAccess: MeetSpace['phoneAccess'] = undefined;
  /** Emails whose member create fails with PERMISSION_DENIED. */
  readonly rejectedMembers = new Set<string>();
  private readonly failures = new Map<Method, AppError[]>();
  private readonly holds = new Map<Method, Array<() => void>>();
  private readonly held = new Set<Method>();
  private counter = 0;

  /** Makes the next call of `method` fail with `error`. */
  failNext(method: Method, error: AppError): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /** Calls of `method` wait until {@link release}. */
  hold(method: Method): void {
    this.held.add(method);
  }

  /** Lets every held call of `method` continue. */
  release(method: Method): void {
    this.held.delete(method);
    for (const resume of this.holds.get(method)?.splice(0) ?? []) resume();
  }

  /** How many times `method` was called. */
  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  async createSpace(config?: SpaceConfig): Promise<MeetSpace> {
    await this.enter('createSpace', [config]);
    this.counter += 1;
    const code = codeFor(this.counter);
    const space: MeetSpace = {
      name: `spaces/fake${this.counter}`,
      meetingUri: `https://meet.google.com/${code}`,
      meetingCode: code,
      config: { accessType: 'TRUSTED', entryPointAccess: 'ALL', ...config },
      ...(this.phoneAccess ? { phoneAccess: this.phoneAccess } : {}),
    };
    this.spaces.set(space.name, space);
    return space;
  }

  async getSpace(name: string): Promise<MeetSpace> {
    await this.enter('getSpace', [name]);
    const id = name.replace(/^spaces\//, '');
    const space = this.spaces.get(name) ?? [...this.spaces.values()].find((s) => s.meetingCode === id.toLowerCase());
    if (!space) throw new AppError('NOT_FOUND', 'Requested entity was not found.');
    return space;
  }

  async patchSpace(name: string, config: SpaceConfig, updateMask: string): Promise<MeetSpace> {
    await this.enter('patchSpace', [name, config, updateMask]);
    const space = this.spaces.get(name);
    if (!space) throw new AppError('NOT_FOUND', 'Requested entity was not found.');
    const patched = { ...space, config: { ...space.config, ...config } };
    this.spaces.set(name, patched);
    return patched;
  }

  async endActiveConference(name: string): Promise<void> {
    await this.enter('endActiveConference', [name]);
  }

  async createMember(space: string, member: { email: string; role: 'COHOST' }): Promise<MeetMember> {
    await this.enter('createMember', [space, member]);
    if (this.rejectedMembers.has(member.email)) throw new AppError('PERMISSION_DENIED', `Cannot add ${member.email}.`);
    this.members.push({ space, ...member });
    return { name: `${space}/members/m${this.members.length}`, email: member.email, role: member.role };
  }

  async listMembers(space: string): Promise<Page<MeetMember>> {
    await this.enter('listMembers', [space]);
    return { items: this.members.filter((m) => m.space === space).map((m, i) => ({ name: `${space}/members/m${i + 1}`, email: m.email, role: m.role as 'COHOST' })) };
  }

  listConferenceRecords = () => this.emptyPage('listConferenceRecords');
  getConferenceRecord = async (): Promise<never> => this.notFound('getConferenceRecord');
  listParticipants = () => this.emptyPage('listParticipants');
  getParticipant = async (): Promise<never> => this.notFound('getParticipant');
  listParticipantSessions = () => this.emptyPage('listParticipantSessions');
  listRecordings = () => this.emptyPage('listRecordings');
  listTranscripts = () => this.emptyPage('listTranscripts');
  listTranscriptEntries = () => this.emptyPage('listTranscriptEntries');
  listSmartNotes = () => this.emptyPage('listSmartNotes');

  private async emptyPage(method: Method): Promise<Page<never>> {
    await this.enter(method, []);
    return { items: [] };
  }

  private async notFound(method: Method): Promise<never> {
    await this.enter(method, []);
    throw new AppError('NOT_FOUND', 'Requested entity was not found.');
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    if (this.held.has(method)) {
      await new Promise<void>((resume) => this.holds.set(method, [...(this.holds.get(method) ?? []), resume]));
    }
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
  }
}

/** A distinct, valid-looking meeting code per counter value. */
function codeFor(n: number): string {
  const letters = (value: number, length: number) =>
    Array.from({ length }, (_, i) => String.fromCharCode(97 + (Math.floor(value / 26 ** i) % 26))).join('');
  return `${letters(n, 3)}-${letters(n + 7, 4)}-${letters(n + 3, 3)}`;
}
