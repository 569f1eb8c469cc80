import { open } from 'node:fs/promises';
import { AppError } from '../../shared/ipc/result';
import type { SettingsFileRead } from '../core/ports/settings-file';

/** One megabyte: real settings are a few kilobytes; anything this large is damage, refused before parsing (F27). */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

/** What the bytes of the settings file say before any parse: fine to parse, or what the core is told instead. */
export type SettingsBytesVerdict = { readonly kind: 'intact' } | Exclude<SettingsFileRead, { readonly kind: 'document' }>;

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '');

/** An `IO_ERROR` that says in words why the file system refused (full disk, read-only folder …). */
export function settingsIoError(what: string, error: unknown): AppError {
  const code = codeOf(error);
  const reason =
    code === 'ENOSPC' ? 'the disk is full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'the folder is read-only' : 'the file system refused';
  return new AppError('IO_ERROR', `${what}: ${reason}${code ? ` (${code})` : ''}`, { cause: error });
}

/**
 * Checks the settings file's bytes, the same way for every host: missing, unreadable, too large (by
 * size, before reading), empty, or holding NUL bytes anywhere (what a crash during a non-atomic write
 * leaves behind). Reads through one handle, so the size checked is the size read.
 */
export async function inspectSettingsBytes(path: string, maxBytes = MAX_SETTINGS_BYTES): Promise<SettingsBytesVerdict> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', reason: settingsIoError('cannot read the settings file', error).message };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { kind: 'corrupt', reason: `the file is larger than settings can be (${Math.ceil(size / 1024)} KB)` };
    if (size === 0) return { kind: 'corrupt', reason: 'an empty file' };
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    if (bytes.subarray(0, bytesRead).includes(0)) return { kind: 'corrupt', reason: 'the file contains NUL bytes' };
    return { kind: 'intact' };
  } catch (error) {
    return { kind: 'unreadable', reason: settingsIoError('cannot read the settings file', error).message };
  } finally {
    await handle.close();
  }
}

/**
 * Reads the settings document: the bytes are inspected first, then `load` (the engine's `store`) parses
 * them; its SyntaxError means damage (reported as corrupt, never cleared), anything else an unreadable file.
 */
export async function readSettingsDocument(path: string, load: () => unknown, maxBytes = MAX_SETTINGS_BYTES): Promise<SettingsFileRead> {
  const verdict = await inspectSettingsBytes(path, maxBytes);
  if (verdict.kind !== 'intact') return verdict;
  try {
    return { kind: 'document', data: load() };
  } catch (error) {
    if (error instanceof SyntaxError) return { kind: 'corrupt', reason: 'the file is not valid JSON' };
    return { kind: 'unreadable', reason: settingsIoError('cannot read the settings file', error).message };
  }
}
