/**
 * The consent page served to the system browser: a plain HTML form (no script) where the user
 * picks a demo account, sees the requested scopes and may untick them, then allows or denies.
 */
import { DEMO_ACCOUNTS } from '../demo-accounts';
import { BASIC_SCOPES, consentText } from './scopes';

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `
body{font-family:system-ui,sans-serif;background:#f1f3f4;margin:0;color:#202124}
main{max-width:32rem;margin:3rem auto;box-sizing:border-box;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 1px 3px #0003}
h1{font-size:1.4rem;margin-top:0}fieldset{border:1px solid #dadce0;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
legend{font-weight:600;padding:0 .25rem}label{display:flex;gap:.5rem;align-items:flex-start;padding:.4rem 0;cursor:pointer}
small{color:#5f6368;display:block;overflow-wrap:anywhere}fieldset{min-width:0}@media (max-width:36rem){main{margin:0;border-radius:0;padding:1.25rem}}.actions{display:flex;gap:1rem;justify-content:flex-end}
button{font:inherit;padding:.5rem 1.25rem;border-radius:4px;border:1px solid #dadce0;background:#fff;cursor:pointer}
button[value=allow]{background:#1a73e8;color:#fff;border-color:#1a73e8}
button:focus-visible,input:focus-visible{outline:3px solid #174ea6;outline-offset:2px}`;

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;

/** The consent form for one pending authorization. */
export function consentPage(options: { consentId: string; clientName: string; scopes: ReadonlyArray<string>; selectedAccount?: string }): string {
  const selected = options.selectedAccount ?? DEMO_ACCOUNTS[0]?.email;
  const accounts = DEMO_ACCOUNTS.map(
    (a) => `<label><input type="radio" name="account" value="${escapeHtml(a.email)}"${a.email === selected ? ' checked' : ''} required>
<span>${escapeHtml(a.name)}<small>${escapeHtml(a.email)}</small></span></label>`,
  ).join('\n');
  const scopes = options.scopes
    .map((scope, i) => {
      const id = `scope-${i}`;
      // Basic sign-in scopes are granted with the rest, as on Google's screen; only Meet/Drive scopes can be unticked.
      const fixed = BASIC_SCOPES.has(scope);
      return `<label for="${id}"><input type="checkbox" id="${id}" name="scope" value="${escapeHtml(scope)}" checked${fixed ? ' disabled' : ''}>
<span>${escapeHtml(consentText(scope))}<small>${escapeHtml(scope)}</small></span></label>${fixed ? `<input type="hidden" name="scope" value="${escapeHtml(scope)}">` : ''}`;
    })
    .join('\n');
  return page(
    'Sign in – Quickmeet emulator',
    `<h1>${escapeHtml(options.clientName)} wants to access your Google Account</h1>
<p>This is the Quickmeet Google emulator. Choose a demo account and what to share.</p>
<form method="post" action="/o/oauth2/v2/auth">
<input type="hidden" name="consent_id" value="${escapeHtml(options.consentId)}">
<fieldset><legend>Choose an account</legend>
${accounts}
</fieldset>
<fieldset><legend>Allow access to</legend>
${scopes}
</fieldset>
<div class="actions">
<button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="allow">Allow</button>
</div>
</form>`,
  );
}

/** Google's "Error 400" page for a request that cannot be redirected back. */
export const authorizationErrorPage = (error: string, description: string): string =>
  page(`Error 400: ${error}`, `<h1>Access blocked: this request is invalid</h1><p role="alert"><strong>Error 400: ${escapeHtml(error)}</strong></p><p>${escapeHtml(description)}</p>`);
