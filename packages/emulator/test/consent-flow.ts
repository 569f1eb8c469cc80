/** Drives the consent page as a browser would: GET the page, then POST the form with a decision. */

/** What the user does on the consent page. */
export interface ConsentChoice {
  readonly decision: 'allow' | 'deny';
  readonly account?: string;
  /** Scopes left ticked; default: every requested scope. */
  readonly scopes?: ReadonlyArray<string>;
}

/** The page's hidden consent id and the scopes it offers. */
export function readConsentForm(html: string): { consentId: string; scopes: string[]; accounts: string[] } {
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  if (consentId === undefined) throw new Error('No consent form on the page.');
  const scopes = [...html.matchAll(/type="checkbox"[^>]*name="scope" value="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const accounts = [...html.matchAll(/type="radio" name="account" value="([^"]+)"/g)].map((m) => m[1]!);
  return { consentId, scopes, accounts };
}

/** Opens the authorization URL, answers the form, and returns the redirect URL it sends the browser to. */
export async function completeConsent(authUrl: string, choice: ConsentChoice): Promise<URL> {
  const page = await fetch(authUrl);
  if (page.status !== 200) throw new Error(`Consent page answered ${page.status}: ${await page.text()}`);
  const form = readConsentForm(await page.text());
  const body = new URLSearchParams({ consent_id: form.consentId, decision: choice.decision, account: choice.account ?? form.accounts[0]! });
  for (const scope of choice.scopes ?? form.scopes) body.append('scope', scope);
  const answer = await fetch(new URL('/o/oauth2/v2/auth', authUrl), { method: 'POST', body, redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || location === null) throw new Error(`Consent answered ${answer.status}: ${await answer.text()}`);
  return new URL(location);
}
