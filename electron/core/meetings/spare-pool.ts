import { createSerialQueue } from '../../../shared/async/serial-queue';
import type { Preset } from '../../../shared/model/preset';
import type { Settings } from '../../../shared/model/settings';
import { AppError } from '../../../shared/ipc/result';
import type { AuthSession } from '../auth/auth-session';
import type { Clock } from '../ports/clock';
import type { DocumentStore } from '../ports/document-store';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { CreateBudget } from './create-budget';
import type { MeetingSettingsSource } from './meeting-settings';
import { configUpdateMask, presetSpecKey, specKeyParts } from './preset-space-config';
import { addCohosts, createSpaceForPreset, meetingFromSpace } from './space-setup';
import { readSpares, type SpareSpace, writeSpares } from './spare-space-document';

/** Budget slots a background refill leaves free for the user's own clicks. */
const RESERVED_FOR_CLICKS = 2;
/** Pause after a failed refill before trying again (unless Google names a wait). */
const REFILL_BACKOFF_MS = 30_000;

/** What the pool needs from the rest of the core. */
export interface SparePoolDeps {
  readonly store: DocumentStore;
  readonly meet: MeetApi;
  readonly budget: CreateBudget;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly settings: MeetingSettingsSource;
  readonly auth: Pick<AuthSession, 'ensureFresh'>;
  /** The signed-in account when it may create spaces now; undefined otherwise. */
  readonly creatorAccount: () => string | undefined;
}

/**
 * The warm pool: one pre-created space per preset, so a click needs no network. A spare is removed
 * (and the removal persisted) before it is handed out, so it is never given twice; spares survive
 * restarts; a spare whose preset changed is patched (config only) or discarded (co-hosts changed).
 */
export class SparePool {
  private spares: SpareSpace[] = [];
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly writes = createSerialQueue();
  private pass: Promise<void> | undefined;
  private passRequested = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly deps: SparePoolDeps) {}

  /** Loads remembered spares. */
  async load(): Promise<void> {
    this.spares = await readSpares(this.deps.store, this.deps.clock.now());
  }

  /** How many spares are ready for `account` (all accounts when omitted). */
  size(account?: string): number {
    return this.spares.filter((s) => account === undefined || s.account === account).length;
  }

  /**
   * Hands out the spare for `preset`, or undefined when none matches; waits for a refill of that
   * preset already in flight rather than creating a second space.
   */
  async take(preset: Preset, account: string): Promise<SpareSpace | undefined> {
    const key = presetSpecKey(preset);
    const pick = () => this.spares.findIndex((s) => s.account === account && s.presetId === preset.id && s.specKey === key);
    let index = pick();
    if (index < 0 && this.inFlight.has(preset.id)) {
      await this.inFlight.get(preset.id);
      index = pick();
    }
    if (index < 0) return undefined;
    const [spare] = this.spares.splice(index, 1);
    await this.persist();
    this.scheduleRefill();
    return spare;
  }

  /** Asks for a background refill pass soon; cheap to call often. */
  scheduleRefill(): void {
    if (this.stopped) return;
    this.passRequested = true;
    this.pass ??= this.runPasses();
  }

  /** Resolves when no refill or patch is running or requested (tests and the benchmark wait on it). */
  async whenIdle(): Promise<void> {
    while (this.pass || this.inFlight.size > 0) {
      await this.pass;
      await Promise.all(this.inFlight.values());
    }
    await this.writes.idle();
  }

  /** Brings spares in line with changed presets, then refills. */
  reconcile(settings: Settings): void {
    const account = this.deps.creatorAccount();
    for (const spare of [...this.spares]) {
      if (spare.account !== account) continue;
      const preset = settings.presets.find((p) => p.id === spare.presetId);
      if (preset && presetSpecKey(preset) === spare.specKey) continue;
      this.spares = this.spares.filter((s) => s !== spare);
      // Co-hosts cannot be taken back from a space, so only a config change is patched.
      const sameCohosts = preset && specKeyParts(spare.specKey).cohosts.join() === specKeyParts(presetSpecKey(preset)).cohosts.join();
      if (preset && sameCohosts) void this.track(preset.id, this.patch(spare, preset)).then(() => this.scheduleRefill());
    }
    void this.persist();
    this.scheduleRefill();
  }

  /** Stops timers; in-flight calls finish but start nothing new. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async runPasses(): Promise<void> {
    try {
      while (this.passRequested && !this.stopped) {
        this.passRequested = false;
        await this.refillOnce();
      }
    } finally {
      this.pass = undefined;
    }
  }

  /** Creates missing spares one at a time, default preset first, within the budget. */
  private async refillOnce(): Promise<void> {
    const settings = this.deps.settings.get();
    const account = this.deps.creatorAccount();
    if (!settings.keepSpareSpace || account === undefined) return;
    const ordered = [...settings.presets].sort((a, b) => Number(b.id === settings.defaultPresetId) - Number(a.id === settings.defaultPresetId));
    for (const preset of ordered) {
      // A pending retry timer means the last attempt failed: wait for it rather than hammer Google.
      if (this.stopped || this.retryTimer) return;
      // A personal room reuses its one space: a spare for it would never be taken.
      if (preset.personalRoom) continue;
      if (this.inFlight.has(preset.id) || this.spares.some((s) => s.account === account && s.presetId === preset.id)) continue;
      await this.track(preset.id, this.makeSpare(preset, account));
    }
  }

  /** The budget slot is taken right before the POST and given back if it never left (offline). */
  private async makeSpare(preset: Preset, account: string): Promise<void> {
    try {
      await this.deps.auth.ensureFresh();
      const decision = await this.deps.budget.tryTake(RESERVED_FOR_CLICKS);
      if (!decision.granted) return this.retryLater(decision.waitMs);
      const space = await createSpaceForPreset(this.deps.meet, preset).catch(async (error: unknown) => {
        if (error instanceof AppError && error.code === 'OFFLINE') await this.deps.budget.release(decision.at);
        throw error;
      });
      const cohostFailures = await addCohosts(this.deps.meet, space.name, preset.cohosts);
      const at = new Date(this.deps.clock.now()).toISOString();
      this.spares.push({ account, presetId: preset.id, specKey: presetSpecKey(preset), meeting: meetingFromSpace(space, at, preset.id), cohostFailures });
      await this.persist();
    } catch (error) {
      this.onRefillError(error);
    }
  }

  /** Re-applies a changed preset's config to a spare (same co-hosts); a failed patch discards it. */
  private async patch(spare: SpareSpace, preset: Preset): Promise<void> {
    const before = specKeyParts(spare.specKey);
    const after = specKeyParts(presetSpecKey(preset));
    try {
      await this.deps.auth.ensureFresh();
      await this.deps.meet.patchSpace(spare.meeting.space, after.config, configUpdateMask(before.config, after.config));
      this.spares.push({ ...spare, specKey: presetSpecKey(preset) });
      await this.persist();
    } catch (error) {
      this.deps.logger.warn('spare space patch failed; discarded', { reason: error instanceof AppError ? error.code : 'unknown' });
    }
  }

  private track(presetId: string, work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => this.inFlight.delete(presetId));
    this.inFlight.set(presetId, tracked);
    return tracked;
  }

  private onRefillError(error: unknown): void {
    const code = error instanceof AppError ? error.code : 'unknown';
    this.deps.logger.warn('spare space refill failed', { reason: code });
    const retryAfter = error instanceof AppError ? error.retryAfterSeconds : undefined;
    if (code === 'QUOTA_EXCEEDED') void this.deps.budget.blockFor(retryAfter ?? 60);
    this.retryLater(retryAfter !== undefined ? retryAfter * 1000 : REFILL_BACKOFF_MS);
  }

  private retryLater(waitMs: number): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.scheduleRefill();
    }, waitMs);
    this.retryTimer.unref?.();
  }

  private persist(): Promise<void> {
    const snapshot = [...this.spares];
    return this.writes
      .run(() => writeSpares(this.deps.store, snapshot))
      .catch((error: unknown) => this.deps.logger.warn('spare spaces not saved', { reason: String(error) }));
  }
}
