import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../electron/adapters/file-logger';
import { redactSecrets } from '../../electron/adapters/redact-secrets';

describe('log redaction (O15)', () => {
  it('removes access tokens, refresh tokens, codes and bearer headers', () => {
    const text = 'a ya29.a0AbC-12_x.y b 1//0gAbcDEF-xyz c code=4/0AbCdEfGhIjKlMn&state=1 Bearer abc.def refresh_token=zzz';
    const out = redactSecrets(text);
    for (const secret of ['ya29.a0', '1//0g', '4/0AbC', 'abc.def', 'zzz']) expect(out).not.toContain(secret);
    expect(out).toContain('state=1');
  });

  it('writes redacted JSON lines to an owner-only file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qm-log-')), 'logs', 'quickmeet.log');
    const logger = createFileLogger(file);
    logger.warn('refresh failed', { detail: 'token 1//0gSecretRefresh was refused' });
    const line = JSON.parse(readFileSync(file, 'utf8').trim());
    expect(line).toMatchObject({ level: 'warn', message: 'refresh failed', detail: 'token [redacted] was refused' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
