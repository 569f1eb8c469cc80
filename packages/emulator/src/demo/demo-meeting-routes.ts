/**
 * `/demo/meet/{code}`: what opening a meeting shows in demo mode, instead of the real
 * meet.google.com (where a code the emulator made up does not exist). A plain page without script
 * says what would happen for real; its Join button starts the simulated call in that space, as
 * walking into a real meeting does.
 */
import type { EmulatorContext } from '../emulator-context';
import { htmlReply, type Reply } from '../http/reply';
import type { Route } from '../http/route';
import { escapeHtml } from '../oauth/consent-page';
import type { StoredSpace } from '../state/emulator-state';

/** Where the demo page of `meetingCode` lives on the emulator. */
export const demoMeetingPath = (meetingCode: string): string => `/demo/meet/${encodeURIComponent(meetingCode)}`;

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

const STYLE = `
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--text:#1b1f24;--muted:#5f6873;--border:#d9dde3;--accent:#1557b0}
@media (prefers-color-scheme:dark){:root{--bg:#1c1e21;--card:#26292d;--text:#e8eaed;--muted:#9aa0a6;--border:#3c4043;--accent:#a8c7fa}}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--text);font:15px/1.5 system-ui,sans-serif;padding:1rem}
main{max-width:30rem;width:100%;box-sizing:border-box;background:var(--card);border:1px solid var(--border);border-radius:12px;padding:2rem}
.tag{display:inline-block;font-size:12px;font-weight:600;color:var(--accent);border:1px solid currentColor;border-radius:999px;padding:0 .6rem;margin-bottom:.75rem}
h1{font-size:1.35rem;margin:0 0 .5rem}code{font-size:1.05em}p{margin:.5rem 0;color:var(--muted)}
button{font:inherit;font-weight:600;margin-top:1rem;padding:.55rem 1.4rem;border-radius:6px;border:0;background:#1a73e8;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #174ea6;outline-offset:2px}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Quickmeet demo</title><style>${STYLE}</style></head><body><main><span class="tag">Quickmeet demo</span>${body}</main></body></html>`;
}

function meetingPage(space: StoredSpace | undefined, code: string, running: boolean): Reply {
  if (space === undefined) {
    return htmlReply(
      page('No such meeting', `<h1>No meeting has the code <code>${escapeHtml(code)}</code></h1>
<p>With a real Google account, Google Meet would now say “Check your meeting code”.</p>`),
      404,
      PAGE_HEADERS,
    );
  }
  const body = running
    ? `<h1>You are in the demo call <code>${escapeHtml(code)}</code></h1>
<p>With a real Google account you would now be in Google Meet, in this meeting. Here, simulated people join over the next
seconds: Quickmeet’s Live tab shows who is in the call, and its Recordings tab the files after it ends.</p>`
    : `<h1>Demo meeting <code>${escapeHtml(code)}</code></h1>
<p>With a real Google account, this would open Google Meet and you would join the meeting. In demo mode there is no real
call, so nothing starts until you join below.</p>
<form method="post"><button type="submit">Join the demo call</button></form>`;
  return htmlReply(page(`Demo meeting ${code}`, body), 200, PAGE_HEADERS);
}

/** The demo meeting page and its Join. */
export function demoMeetingRoutes(emu: EmulatorContext): Route[] {
  const find = (code: string) => emu.queries.spaceByIdOrCode(code);
  return [
    {
      verb: 'GET',
      pattern: /^\/demo\/meet\/(?<code>[a-z]{3,}-[a-z]{3,}-[a-z]{3,})$/,
      id: 'demo.meeting',
      family: 'oauth',
      handle(ctx) {
        const code = ctx.params.code ?? '';
        const space = find(code);
        return meetingPage(space, code, space?.activeConferenceId !== undefined);
      },
    },
    {
      verb: 'POST',
      pattern: /^\/demo\/meet\/(?<code>[a-z]{3,}-[a-z]{3,}-[a-z]{3,})$/,
      id: 'demo.join',
      family: 'oauth',
      handle(ctx) {
        const code = ctx.params.code ?? '';
        const space = find(code);
        if (space !== undefined) emu.ownerJoined(space);
        return { status: 303, headers: { location: demoMeetingPath(code), 'cache-control': 'no-store' }, text: '' };
      },
    },
  ];
}
