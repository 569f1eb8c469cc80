import type { AccessTokenSource } from '../../electron/core/ports/access-token';
import { createListeners, type Listeners } from '../../shared/events/listeners';
import type { EventChannel, EventOf } from '../../shared/ipc/contract';
import type { Subscriptions } from '../../shared/ipc/quickmeet-api';
import type { Clipboard } from '../../electron/core/ports/clipboard';
import type { Clock } from '../../electron/core/ports/clock';
import type { DocumentStore, DocumentStoreFactory } from '../../electron/core/ports/document-store';
import type { EventSink } from '../../electron/core/ports/event-sink';
import type { UrlOpener } from '../../electron/core/ports/url-opener';
import type { Logger } from '../../electron/core/ports/logger';
import type { NotificationRequest, Notifier } from '../../electron/core/ports/notifier';
import type { SecretStore } from '../../electron/core/ports/secret-store';
import type { SystemEvents } from '../../electron/core/ports/system-events';

/** A keychain in memory; `unavailable` makes every call fail as a missing Secret Service does. */
export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>();
  unavailable: Error | undefined;

  async get(account: string) {
    this.check();
    return this.entries.get(account) ?? null;
  }
  async set(account: string, secret: string) {
    this.check();
    this.entries.set(account, secret);
  }
  async delete(account: string) {
    this.check();
    return this.entries.delete(account);
  }
  private check() {
    if (this.unavailable) throw this.unavailable;
  }
}

/** Records what was copied. */
export class MemoryClipboard implements Clipboard {
  readonly writes: string[] = [];
  async writeText(text: string) {
    this.writes.push(text);
  }
  get text(): string | undefined {
    return this.writes.at(-1);
  }
}

/** Records the URLs handed to the "system browser". */
export class RecordingUrlOpener implements UrlOpener {
  readonly opened: string[] = [];
  private readonly opens = createListeners<[url: string]>();
  async open(url: string) {
    this.opened.push(url);
    this.opens.emit(url);
  }
  /** Resolves with the next URL opened (or the last one if already opened since `sinceCount`). */
  nextOpened(sinceCount = this.opened.length): Promise<string> {
    const already = this.opened[sinceCount];
    if (already) return Promise.resolve(already);
    return new Promise((resolve) => {
      const stop = this.opens.add((url) => {
        stop();
        resolve(url);
      });
    });
  }
}

/** Records notifications and lets tests click their action. */
export class RecordingNotifier implements Notifier {
  readonly shown: NotificationRequest[] = [];
  notify(notification: NotificationRequest) {
    this.shown.push(notification);
  }
}

/** Records every pushed event in order. */
export class RecordingEventSink implements EventSink {
  readonly emitted: Array<{ event: EventChannel; payload: unknown }> = [];
  emit<E extends EventChannel>(event: E, payload: EventOf<E>) {
    this.emitted.push({ event, payload });
  }
  last<E extends EventChannel>(event: E): EventOf<E> | undefined {
    return this.emitted.findLast((e) => e.event === event)?.payload as EventOf<E> | undefined;
  }
}

/** Captures log lines as text so tests can scan them for secrets. */
export class CapturingLogger implements Logger {
  readonly lines: string[] = [];
  info = (message: string, fields?: object) => void this.lines.push(`info ${message} ${JSON.stringify(fields ?? {})}`);
  warn = (message: string, fields?: object) => void this.lines.push(`warn ${message} ${JSON.stringify(fields ?? {})}`);
  error = (message: string, fields?: object) => void this.lines.push(`error ${message} ${JSON.stringify(fields ?? {})}`);
}

/** Documents in memory, keyed by name, stored as JSON text as on disk. */
export class MemoryDocuments {
  readonly files = new Map<string, string>();
  readonly factory: DocumentStoreFactory = (name): DocumentStore => ({
    read: async () => {
      const text = this.files.get(name);
      return text === undefined ? undefined : JSON.parse(text);
    },
    write: async (value) => void this.files.set(name, JSON.stringify(value)),
  });
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private time = Date.parse('2026-11-24T09:00:00Z')) {}
  now = () => this.time;
  advance(ms: number) {
    this.time += ms;
  }
}

/** Power and network events driven by the test. */
export class ControllableSystemEvents implements SystemEvents {
  online = true;
  private readonly suspended = createListeners();
  private readonly resumed = createListeners();
  private readonly onlineChanged = createListeners<[online: boolean]>();
  onSuspend = (l: () => void) => this.suspended.add(l);
  onResume = (l: () => void) => this.resumed.add(l);
  onOnlineChange = (l: (online: boolean) => void) => this.onlineChanged.add(l);
  isOnline = () => this.online;
  suspend = () => this.suspended.emit();
  resume = () => this.resumed.emit();
  setOnline(online: boolean) {
    this.online = online;
    this.onlineChanged.emit(online);
  }
}

/** An in-memory transport pair, as two ends of one pipe. */
export { createTransportPair } from './transport-pair';

/** The core's token source reduced to one access token that never refreshes (an API client test signed in from the control API). */
export function fixedToken(token: string): AccessTokenSource {
  return { accessToken: async () => token };
}

/** Typed subscriptions that the test feeds by hand, as a host feeds its in-process listeners the core's pushes. */
export function createPushRelay(): Subscriptions & { push(event: EventChannel, payload: unknown): void } {
  const listeners = new Map<EventChannel, Listeners<[payload: never]>>();
  return {
    on(event, listener) {
      const forEvent = listeners.get(event) ?? createListeners<[payload: never]>();
      listeners.set(event, forEvent);
      return forEvent.add(listener);
    },
    push(event, payload) {
      listeners.get(event)?.emit(payload as never);
    },
  };
}
