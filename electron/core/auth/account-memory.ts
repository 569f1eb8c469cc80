import { z } from 'zod';
import { ReauthReason } from '../../../shared/model/auth-state';
import type { DocumentStore } from '../ports/document-store';

/** What Quickmeet remembers about the signed-in account between runs: who, never a token. */
export const RememberedAccount = z.strictObject({
  email: z.email().max(320),
  name: z.string().max(200).optional(),
  scopes: z.array(z.string().max(200)).max(50),
  needsReauth: ReauthReason.optional(),
});
export type RememberedAccount = z.infer<typeof RememberedAccount>;

/** The `account` document in the app-data folder. */
export interface AccountMemory {
  read(): Promise<RememberedAccount | null>;
  write(account: RememberedAccount): Promise<void>;
  forget(): Promise<void>;
}

/** Reads and writes the remembered account; `null` (signed out) counts as none, and so does a damaged document, which is set aside. */
export function createAccountMemory(document: DocumentStore): AccountMemory {
  return {
    async read() {
      const data = await document.read();
      if (data === undefined || data === null) return null;
      const parsed = RememberedAccount.safeParse(data);
      if (!parsed.success) await document.reportDamaged?.('not an account record');
      return parsed.success ? parsed.data : null;
    },
    write: (account) => document.write(RememberedAccount.parse(account)),
    forget: () => document.write(null),
  };
}
