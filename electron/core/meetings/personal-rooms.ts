import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import type { Preset } from '../../../shared/model/preset';
import { entryListDocument } from '../app/entry-list-document';
import type { DocumentStore } from '../ports/document-store';
import type { MeetApi } from '../ports/meet-api';
import type { MeetingRegistry } from './meeting-registry';
import { meetingFromSpace } from './space-setup';

/** The document (per account) that remembers each personal-room preset's space. */
export const PERSONAL_ROOMS_DOCUMENT = 'personal-rooms';

const Room = z.strictObject({ presetId: z.string().min(1).max(100), space: z.string().min(1).max(200) });

/** One long-lived space per personal-room preset, reused instead of a new space each time. */
export interface PersonalRooms {
  /** The room's meeting, if the preset has a room Google still knows; marked used at `at`. */
  reuse(preset: Preset, at: string): Promise<Meeting | undefined>;
  /** Remembers `space` as the preset's room. */
  remember(presetId: string, space: string): Promise<void>;
  /** Spaces that are personal rooms (of presets that still are rooms). */
  spaces(presets: ReadonlyArray<Preset>): Promise<ReadonlyArray<string>>;
}

/** Builds the rooms over their document, the registry and the Meet API (one `spaces.get` per reuse). */
export function createPersonalRooms(store: DocumentStore, meet: MeetApi, registry: MeetingRegistry): PersonalRooms {
  const rooms = entryListDocument(store, Room, (room) => room.presetId, 20);
  return {
    async reuse(preset, at) {
      const room = await rooms.get(preset.id);
      if (!room) return undefined;
      try {
        const space = await meet.getSpace(room.space);
        const known = registry.get(space.name);
        return { ...(known ?? meetingFromSpace(space, at, preset.id)), lastUsedAt: at };
      } catch (error) {
        // A room deleted on Google's side is replaced by a new one; other failures are the click's.
        if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
        await rooms.remove(preset.id);
        return undefined;
      }
    },
    remember: (presetId, space) => rooms.put({ presetId, space }),
    async spaces(presets) {
      const roomPresets = new Set(presets.filter((preset) => preset.personalRoom).map((preset) => preset.id));
      return (await rooms.list()).filter((room) => roomPresets.has(room.presetId)).map((room) => room.space);
    },
  };
}
