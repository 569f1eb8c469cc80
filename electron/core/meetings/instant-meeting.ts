import type { CopyFormat, CreatedMeeting } from '../../../shared/model/meeting';
import type { Preset } from '../../../shared/model/preset';
import type { Settings } from '../../../shared/model/settings';
import { AppError } from '../../../shared/ipc/result';
import type { NoticeBoard } from '../app/notice-board';
import type { AuthSession } from '../auth/auth-session';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { UrlOpener } from '../ports/url-opener';
import type { MeetApi } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import { formatCopyText } from './copy-text';
import type { CreateBudget } from './create-budget';
import type { LoadableMeetingRegistry } from './document-meeting-registry';
import type { MeetingSettingsSource } from './meeting-settings';
import { openMeetingUri } from './open-meeting';
import { addCohosts, createSpaceForPreset, meetingFromSpace } from './space-setup';
import type { SparePool } from './spare-pool';
import type { PersonalRooms } from './personal-rooms';

/** One "New meeting" action from the tray, the shortcut, the window or the CLI. */
export interface InstantMeetingRequest {
  /** Preset id; the default preset when omitted. */
  readonly presetId?: string;
  /** Open it in the browser now; `openAfterCreate` decides when omitted ("create for later" = false). */
  readonly startNow?: boolean;
  /** Clipboard format; the settings' `copyFormat` when omitted. */
  readonly format?: CopyFormat;
}

/** What creating an instant meeting needs. */
export interface InstantMeetingDeps {
  readonly meet: MeetApi;
  readonly auth: AuthSession;
  readonly settings: MeetingSettingsSource;
  readonly registry: LoadableMeetingRegistry;
  readonly pool: SparePool;
  readonly budget: CreateBudget;
  /** Personal rooms: a room preset reuses its one space. */
  readonly rooms?: PersonalRooms;
  readonly clipboard: Clipboard;
  readonly notifier: Notifier;
  readonly urlOpener: UrlOpener;
  readonly clock: Clock;
  /** Where a browser that would not open is reported (the window, the CLI's stderr). */
  readonly notices?: NoticeBoard;
}

/**
 * Creates instant meetings: a warm spare when one is ready, otherwise exactly one spaces.create.
 * While an action is in flight, further clicks join it, so hammering the shortcut makes one space.
 */
export class InstantMeetings {
  private inFlight: Promise<CreatedMeeting> | undefined;

  constructor(private readonly deps: InstantMeetingDeps) {}

  /** Creates (or takes a spare), copies, notifies, records and optionally opens. */
  create(request: InstantMeetingRequest = {}): Promise<CreatedMeeting> {
    this.inFlight ??= this.run(request).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async run(request: InstantMeetingRequest): Promise<CreatedMeeting> {
    const { deps } = this;
    const settings = deps.settings.get();
    const preset = findPreset(settings, request.presetId);
    deps.auth.require('createSpaces');
    const state = deps.auth.state();
    const account = state.status === 'signedIn' ? state.email : '';
    const now = new Date(deps.clock.now()).toISOString();
    const room = preset.personalRoom ? await deps.rooms?.reuse(preset, now) : undefined;
    const spare = room || preset.personalRoom ? undefined : await deps.pool.take(preset, account);
    const meeting = room ?? (spare ? { ...spare.meeting, lastUsedAt: now } : meetingFromSpace(await this.createCold(preset), now, preset.id));
    if (preset.personalRoom && !room) await deps.rooms?.remember(preset.id, meeting.space);
    const copiedText = formatCopyText(meeting, request.format ?? settings.copyFormat);
    // A refused copy (Wayland without a focused window) still keeps the meeting, listed with its Copy
    // link; then the request fails, so nothing says "copied".
    const copyFailure = await deps.clipboard.writeText(copiedText).then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    const cohostFailures = room ? [] : spare ? spare.cohostFailures : await addCohosts(deps.meet, meeting.space, preset.cohosts);
    await deps.registry.upsert(meeting);
    if (copyFailure) throw copyFailure.error;
    deps.notifier.notify({
      title: 'Meeting link copied',
      body: meeting.meetingUri,
      actionLabel: 'Open',
      onAction: () => void openMeetingUri(deps.urlOpener, meeting.meetingUri).catch(() => undefined),
    });
    // The meeting exists and its link is copied: a browser that would not start (no desktop session)
    // is said, not thrown, so the link is still shown and printed.
    if (request.startNow ?? settings.openAfterCreate) {
      await openMeetingUri(deps.urlOpener, meeting.meetingUri).catch((error: unknown) =>
        deps.notices?.post({
          id: `open-failed:${meeting.space}`,
          level: 'warning',
          message: `Could not open ${meeting.meetingUri} in a browser (${error instanceof Error ? error.message : String(error)}). Open the link yourself.`,
        }),
      );
    }
    return { meeting, copiedText, fromSparePool: spare !== undefined, cohostFailures };
  }

  /**
   * One POST within the local budget; a 429 blocks the budget for Google's wait and is not retried.
   * The slot is taken only once the token is fresh, right before the request leaves, and given back
   * when the request never left (offline), so failed clicks do not use up Google's 10 a minute.
   */
  private async createCold(preset: Preset) {
    await this.deps.auth.ensureFresh();
    const decision = await this.deps.budget.tryTake();
    if (!decision.granted) {
      const seconds = Math.ceil(decision.waitMs / 1000);
      // Google's own wait after a 429 is Google's, not the local 10-a-minute pacing.
      if (decision.cause === 'google') {
        throw new AppError('QUOTA_EXCEEDED', `Google asked Quickmeet to wait before making more meetings. Try again in ${seconds} s.`, { retryAfterSeconds: seconds });
      }
      throw new AppError('RATE_LIMITED_LOCALLY', `Google allows 10 new meetings a minute. Try again in ${seconds} s.`, { retryAfterSeconds: seconds });
    }
    try {
      return await createSpaceForPreset(this.deps.meet, preset);
    } catch (error) {
      if (error instanceof AppError && error.code === 'OFFLINE') await this.deps.budget.release(decision.at);
      if (error instanceof AppError && error.code === 'QUOTA_EXCEEDED') await this.deps.budget.blockFor(error.retryAfterSeconds ?? 60);
      throw error;
    }
  }
}

/** The requested preset, or the default one; an unknown id is a clear NOT_FOUND. */
function findPreset(settings: Settings, presetId: string | undefined): Preset {
  const id = presetId ?? settings.defaultPresetId;
  const preset = settings.presets.find((p) => p.id === id) ?? (presetId === undefined ? settings.presets[0] : undefined);
  if (!preset) throw new AppError('NOT_FOUND', `There is no preset “${id}”.`);
  return preset;
}
