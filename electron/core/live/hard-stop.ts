import type { Clock } from '../ports/clock';
import type { Notifier } from '../ports/notifier';
import type { Timers } from '../ports/timers';
import type { NoticeBoard } from '../app/notice-board';
import { WARNING_BEFORE_MS } from './meeting-clock';

/** The followed meeting's plan, as the hard stop needs it. */
export interface HardStopPlan {
  readonly record: string;
  readonly space: string;
  readonly label: string;
  readonly endMs: number;
  readonly lengthMinutes: number;
  readonly owner: boolean;
  readonly endAutomatically: boolean;
}

/** What the hard stop needs. */
export interface HardStopDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly notifier: Notifier;
  readonly notices: NoticeBoard;
  /** Ends the conference of a space for everyone (only with "end automatically"). */
  readonly end: (space: string) => Promise<void>;
  /** Told when a moment passed (the phase changed), so the snapshot is pushed again. */
  readonly onMoment: () => void;
}

/**
 * Five minutes before the planned end a notification; at the end "time's up", with End for everyone
 * offered to the owner in the window (behind its confirmation). Only a preset that chose "end
 * automatically" ends the meeting by itself. Timers run on the core's clock port; each moment fires
 * once per conference, however often the plan is applied.
 */
export class HardStop {
  private timers: unknown[] = [];
  private readonly fired = new Set<string>();

  constructor(private readonly deps: HardStopDeps) {}

  /** Applies the current plan (or none): cancels what was scheduled and schedules what is still ahead. */
  plan(plan: HardStopPlan | undefined): void {
    this.timers.forEach((handle) => this.deps.timers.clearTimeout(handle));
    this.timers = [];
    if (!plan) return;
    // The warning is only worth giving before the end; once past it, time's up says it all.
    if (this.deps.clock.now() < plan.endMs) this.at(plan.endMs - WARNING_BEFORE_MS, `${plan.record}:warn`, () => this.warn(plan));
    this.at(plan.endMs, `${plan.record}:over:${plan.endMs}`, () => this.over(plan));
  }

  stop(): void {
    this.plan(undefined);
  }

  private at(when: number, key: string, run: () => void): void {
    if (this.fired.has(key)) return;
    const fire = () => {
      if (this.fired.has(key)) return;
      this.fired.add(key);
      run();
      this.deps.onMoment();
    };
    // A moment already passed (the app started late, the laptop slept through it, the plan was shortened)
    // fires at once: timers do not run during sleep, so each re-plan after a poll catches up.
    this.timers.push(this.deps.timers.setTimeout(fire, Math.max(0, when - this.deps.clock.now())));
  }

  private warn(plan: HardStopPlan): void {
    if (plan.endMs - this.deps.clock.now() <= 0) return;
    this.deps.notifier.notify({
      title: `5 minutes left in ${plan.label}`,
      body:
        plan.endAutomatically && plan.owner
          ? `It ends for everyone at its planned ${plan.lengthMinutes} minutes.`
          : `Its planned ${plan.lengthMinutes} minutes are nearly up.`,
    });
  }

  private over(plan: HardStopPlan): void {
    if (plan.endAutomatically && plan.owner) {
      this.deps.notifier.notify({
        title: `Ending ${plan.label}`,
        body: `Its planned ${plan.lengthMinutes} minutes are up; it ends for everyone now.`,
      });
      void this.deps
        .end(plan.space)
        .catch((error: unknown) =>
          this.deps.notices.post({
            id: `auto-end-failed:${plan.record}`,
            level: 'warning',
            message: `${plan.label} could not be ended by itself: ${error instanceof Error ? error.message : 'unknown error'}`,
          }),
        );
      return;
    }
    const next = plan.owner ? ' End it for everyone from the Live tab when you are ready.' : '';
    this.deps.notifier.notify({
      title: "Time's up",
      body: `${plan.label} has reached its planned ${plan.lengthMinutes} minutes.${next}`,
    });
    this.deps.notices.post({
      id: `times-up:${plan.record}`,
      level: 'info',
      message: `Time's up: ${plan.label} has reached its planned ${plan.lengthMinutes} minutes.${next}`,
    });
  }
}
