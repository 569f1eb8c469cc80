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

  it('removes URL-encoded tokens and codes, as a redirect or a logged URL carries them', () => {
    const text =
      'GET /callback?state=s1&code=4%2F0AbCdEfGhIjKlMnOp&scope=x next=https%3A%2F%2Fx%3Fcode%3D4%2F0AbCdEfGhIjKlMnOp%26state%3Ds2 ' +
      'refresh_token=1%2F%2F0gRefreshSecret body=grant_type%3Drefresh_token%26refresh_token%3D1%252F%252F0gOtherSecret auth=Bearer%20ya29.a0Secret';
    const out = redactSecrets(text);
    for (const secret of ['0AbCdEfGhIjKlMnOp', '0gRefreshSecret', '0gOtherSecret', 'a0Secret']) expect(out, secret).not.toContain(secret);
    expect(out).toContain('state=s1');
    expect(out).toContain('scope=x');
  });

  it('removes client_secret and tokens from JSON, also from JSON inside a logged string', () => {
    const body = JSON.stringify({ client_id: 'app.apps.googleusercontent.com', client_secret: 'GOCSPX-secret_1', refresh_token: 'opaque-refresh', error: { code: 'NOT_FOUND' } });
    const line = JSON.stringify({ message: 'token request failed', body, config: { client_secret: 'GOCSPX-secret_2', id_token: 'eyJh.eyJp.sig' } });
    const out = redactSecrets(line);
    for (const secret of ['GOCSPX-secret_1', 'GOCSPX-secret_2', 'opaque-refresh', 'eyJh.eyJp.sig']) expect(out, secret).not.toContain(secret);
    expect(out).toContain('app.apps.googleusercontent.com');
    expect(out).toContain('NOT_FOUND');
    expect(() => JSON.parse(out)).not.toThrow();
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
