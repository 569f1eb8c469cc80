import { createSerialQueue } from '../../../shared/async/serial-queue';
import { createListeners } from '../../../shared/events/listeners';
import { z } from 'zod';
import { Meeting } from '../../../shared/model/meeting';
import type { DocumentStore } from '../ports/document-store';
import type { Logger } from '../ports/logger';
import type { MeetingRegistry } from './meeting-registry';
import { compareRfc3339 } from '../../../shared/time/rfc3339';

/** How many meetings the registry keeps; older ones drop off the end. */
const REGISTRY_LIMIT = 200;

const RegistryDocument = z.strictObject({ version: z.literal(1), meetings: z.array(z.unknown()) });

/** A {@link MeetingRegistry} kept in one JSON document; `load()` once before use. */
export interface LoadableMeetingRegistry extends MeetingRegistry {
  /** Reads (or re-reads, after an account switch) the document; invalid entries are skipped, a missing file is empty, a damaged one is set aside. */
  load(): Promise<void>;
  /** Puts `meeting` where the entry for `space` was (an unverified join that Google later described). */
  replace(space: string, meeting: Meeting): Promise<void>;
  /** Marks a meeting as just used (copied or opened), moving it to the front. */
  touch(space: string, at: string): Promise<void>;
}

/** Builds the registry over `store` (document `meetings`). Writes are serialised, newest state wins. */
export function createDocumentMeetingRegistry(store: DocumentStore, logger: Logger): LoadableMeetingRegistry {
  let meetings: Meeting[] = [];
  const listeners = createListeners<[meetings: ReadonlyArray<Meeting>]>();
  const writes = createSerialQueue();

  const save = (): Promise<void> => {
    const snapshot = { version: 1 as const, meetings: [...meetings] };
    const written = writes.run(() => store.write(snapshot)).catch((error: unknown) => {
      logger.warn('meeting registry not saved', { reason: String(error) });
    });
    listeners.emit(snapshot.meetings);
    return written;
  };

  const registry: LoadableMeetingRegistry = {
    async load() {
      // The previous account's meetings go at once, not after the read: nothing may show or copy them meanwhile.
      if (meetings.length > 0) {
        meetings = [];
        listeners.emit(meetings);
      }
      await writes.idle();
      const data = await store.read();
      const parsed = RegistryDocument.safeParse(data);
      // A document that is there but is no registry is damage: keep it aside rather than overwrite it.
      if (data !== undefined && !parsed.success) await store.reportDamaged?.('not a list of meetings');
      meetings = parsed.success
        ? parsed.data.meetings.flatMap((entry) => {
            const meeting = Meeting.safeParse(entry);
            return meeting.success ? [meeting.data] : [];
          })
        : [];
      meetings.sort((a, b) => compareRfc3339(b.lastUsedAt, a.lastUsedAt));
      // A reload (another account signed in) must reach the windows and the tray too.
      listeners.emit(meetings);
    },
    list: () => meetings,
    get: (space) => meetings.find((m) => m.space === space),
    async upsert(meeting) {
      const previous = meetings.find((m) => m.space === meeting.space);
      const merged = previous ? { ...previous, ...meeting, createdAt: previous.createdAt } : meeting;
      meetings = [merged, ...meetings.filter((m) => m.space !== meeting.space)].slice(0, REGISTRY_LIMIT);
      await save();
    },
    async replace(space, meeting) {
      const index = meetings.findIndex((m) => m.space === space);
      if (index < 0) return registry.upsert(meeting);
      meetings = meetings.filter((m, i) => i === index || m.space !== meeting.space).map((m) => (m.space === space ? meeting : m));
      await save();
    },
    async touch(space, at) {
      const meeting = meetings.find((m) => m.space === space);
      if (meeting) await registry.upsert({ ...meeting, lastUsedAt: at });
    },
    onChange(listener) {
      return listeners.add(listener);
    },
  };
  return registry;
}
