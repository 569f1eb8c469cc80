import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { DocumentStoreFactory } from '../core/ports/document-store';
import type { MeetApi } from '../core/ports/meet-api';
import type { SecretStore } from '../core/ports/secret-store';

/** A session-only keychain: what the bridge uses when no Secret Service adapter is wired. */
export function createSessionSecretStore(): SecretStore {
  const entries = new Map<string, string>();
  return {
    get: async (account) => entries.get(account) ?? null,
    set: async (account, secret) => void entries.set(account, secret),
    delete: async (account) => entries.delete(account),
  };
}

/** JSON documents as files in `folder` (owner-only). */
export function createJsonDocuments(folder: string): DocumentStoreFactory {
  return (name) => {
    const file = join(folder, `${name}.json`);
    return {
      read: async () => {
        try {
          return JSON.parse(await readFile(file, 'utf8')) as unknown;
        } catch {
          return undefined;
        }
      },
      write: async (value) => {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        await writeFile(file, JSON.stringify(value), { mode: 0o600 });
      },
    };
  };
}

/** A Meet API that answers UNAVAILABLE for every call, for a bridge started without a Meet client. */
export function createUnconnectedMeetApi(): MeetApi {
  const unavailable = async (): Promise<never> => {
    throw new AppError('UNAVAILABLE', 'Quickmeet is not connected to Google Meet in this run.');
  };
  return new Proxy({} as MeetApi, { get: () => unavailable });
}
