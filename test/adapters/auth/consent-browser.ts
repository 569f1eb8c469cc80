/** Plays the user's browser on the emulator's consent page: reads its form, submits it, follows the redirect. */
export interface ConsentAnswer {
  readonly account?: string;
  readonly decision?: 'allow' | 'deny';
  /** Scopes to untick (granular consent). */
  readonly untick?: ReadonlyArray<string>;
}

/** What the loopback listener answered the browser. */
export interface LoopbackAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  readonly redirectUrl: string;
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Fetches the consent page, submits it as `answer`, and delivers the redirect to the loopback URL. */
export async function answerConsent(consentUrl: string, answer: ConsentAnswer = {}): Promise<LoopbackAnswer> {
  const page = await fetch(consentUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html.slice(0, 300)}`);
  const form = new URLSearchParams();
  const inputs = html.match(/<input[^>]*>/g) ?? [];
  const consentId = inputs.map((tag) => (attr(tag, 'name') === 'consent_id' ? attr(tag, 'value') : undefined)).find(Boolean);
  form.set('consent_id', unescape(consentId ?? ''));
  form.set('decision', answer.decision ?? 'allow');
  const accounts = inputs.filter((tag) => attr(tag, 'name') === 'account');
  const account = answer.account ?? unescape(attr(accounts.find((tag) => / checked/.test(tag)) ?? accounts[0] ?? '', 'value') ?? '');
  form.set('account', account);
  for (const tag of inputs) {
    if (attr(tag, 'name') !== 'scope' || / disabled/.test(tag)) continue;
    const scope = unescape(attr(tag, 'value') ?? '');
    if (!answer.untick?.includes(scope)) form.append('scope', scope);
  }
  const posted = await fetch(new URL('/o/oauth2/v2/auth', consentUrl), { method: 'POST', body: form, redirect: 'manual' });
  const location = posted.headers.get('location');
  if (posted.status !== 302 || !location) throw new Error(`consent answered ${posted.status}: ${(await posted.text()).slice(0, 300)}`);
  const back = await fetch(location, { redirect: 'manual' });
  return { status: back.status, headers: back.headers, body: await back.text(), redirectUrl: location };
}
