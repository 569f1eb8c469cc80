/**
 * The one policy for reading a data file from disk (the app's settings, registry, caches, and the
 * emulator's demo state): missing, unreadable and damaged are told apart before anything is parsed.
 */
import { open } from 'node:fs/promises';

/** What reading a data file found; the caller validates `data` and decides what to do. */
export type DocumentRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'document'; readonly data: unknown }
  /** The bytes cannot be the document (empty, NULs, not JSON, too large). */
  | { readonly kind: 'corrupt'; readonly reason: string }
  /** The file could not be read at all (permissions, I/O, a folder in its place); it is left alone. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/** What the bytes of a data file say before any parse: fine to parse, or what the caller is told instead. */
export type FileBytesVerdict =
  { readonly kind: 'intact'; readonly text: string } | Exclude<DocumentRead, { readonly kind: 'document' }>;

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** Says in words why the file system refused (full disk, read-only folder, a folder where a file belongs …): `<what>: <reason> (<code>)`. */
export function fileIoMessage(what: string, error: unknown): string {
  const code = codeOf(error);
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EROFS'
        ? 'the disk is read-only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'a folder is in the way'
            : 'the file system refused';
  return `${what}: ${reason}${code ? ` (${code})` : ''}`;
}

/**
 * Checks a data file's bytes, the same way for every file the app keeps (settings, the meetings
 * registry, the account file, caches, the demo's Google state): missing, unreadable (permissions, a
 * folder in its place), too large (by size, before reading), empty, or holding NUL bytes anywhere
 * (what a crash during a non-atomic write leaves behind). Reads through one handle, so the size
 * checked is the size read. `what` names the file in reasons ("the settings file").
 */
export async function inspectFileBytes(path: string, maxBytes: number, what: string): Promise<FileBytesVerdict> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return codeOf(error) === 'ENOENT'
      ? { kind: 'missing' }
      : { kind: 'unreadable', reason: fileIoMessage(`cannot read ${what}`, error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      return {
        kind: 'unreadable',
        reason: fileIoMessage(`cannot read ${what}`, Object.assign(new Error('EISDIR'), { code: 'EISDIR' })),
      };
    const { size } = info;
    if (size > maxBytes)
      return { kind: 'corrupt', reason: `the file is larger than it can be (${Math.ceil(size / 1024)} KB)` };
    if (size === 0) return { kind: 'corrupt', reason: 'an empty file' };
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    if (bytes.subarray(0, bytesRead).includes(0)) return { kind: 'corrupt', reason: 'the file contains NUL bytes' };
    return { kind: 'intact', text: bytes.subarray(0, bytesRead).toString('utf8') };
  } catch (error) {
    return { kind: 'unreadable', reason: fileIoMessage(`cannot read ${what}`, error) };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a data file: the bytes are inspected first, then `parse` (JSON.parse, or an engine's own
 * read) parses them; its SyntaxError means damage (reported as corrupt, never cleared), anything
 * else an unreadable file.
 */
export async function readDataFile(
  path: string,
  maxBytes: number,
  what: string,
  parse: (text: string) => unknown = JSON.parse,
): Promise<DocumentRead> {
  const verdict = await inspectFileBytes(path, maxBytes, what);
  if (verdict.kind !== 'intact') return verdict;
  try {
    return { kind: 'document', data: parse(verdict.text) };
  } catch (error) {
    if (error instanceof SyntaxError) return { kind: 'corrupt', reason: 'the file is not valid JSON' };
    return { kind: 'unreadable', reason: fileIoMessage(`cannot read ${what}`, error) };
  }
}
