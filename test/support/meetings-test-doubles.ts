import { createListeners } from '../../shared/events/listeners';
import { AppError } from '../../shared/ipc/result';
import type { AuthState, Capability } from '../../shared/model/auth-state';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model/settings';
import type { AuthSession } from '../../electron/core/auth/auth-session';
import type { MeetingSettingsSource } from '../../electron/core/meetings/meeting-settings';

/** An AuthSession whose state the test sets; `require` follows the real contract's error codes. */
export class FakeAuthSession implements AuthSession {
  private current: AuthState;
  private readonly changes = createListeners<[state: AuthState]>();

  constructor(email = 'ada@quickmeet.test', capabilities: Capability[] = ['createSpaces']) {
    this.current = { status: 'signedIn', email, capabilities, persisted: true };
  }
  state = () => this.current;
  onChange(listener: (state: AuthState) => void) {
    return this.changes.add(listener);
  }
  require(capability: Capability) {
    const s = this.current;
    if (s.status === 'needsReauth') throw new AppError('NEEDS_REAUTH', 'Sign in again.');
    if (s.status !== 'signedIn') throw new AppError('NOT_SIGNED_IN', 'Sign in to Google first.');
    if (!s.capabilities.includes(capability)) throw new AppError('SCOPE_MISSING', 'Permission missing.');
  }
  /** How many times a feature asked for a fresh token. */
  freshnessChecks = 0;
  async ensureFresh() {
    this.freshnessChecks += 1;
  }
  set(state: AuthState) {
    this.current = state;
    this.changes.emit(state);
  }
}

/** Settings in memory with change notifications, as the settings module provides them. */
export class MemorySettingsSource implements MeetingSettingsSource {
  private current: Settings;
  private readonly changes = createListeners<[settings: Settings]>();

  constructor(overrides: Partial<Settings> = {}) {
    this.current = { ...DEFAULT_SETTINGS, ...overrides };
  }
  get = () => this.current;
  onChange(listener: (settings: Settings) => void) {
    return this.changes.add(listener);
  }
  update(patch: Partial<Settings>) {
    this.current = { ...this.current, ...patch };
    this.changes.emit(this.current);
  }
}
