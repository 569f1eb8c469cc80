const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The page's look: Quickmeet's mark and colours, light and dark, readable on any screen. Inline (the CSP allows only that). */
const STYLE = `
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--text:#1b1f24;--muted:#5f6873;--border:#d9dde3}
@media (prefers-color-scheme:dark){:root{--bg:#1c1e21;--card:#26292d;--text:#e8eaed;--muted:#9aa0a6;--border:#3c4043}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--text);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:1rem}
main{max-width:26rem;width:100%;background:var(--card);border:1px solid var(--border);border-radius:12px;padding:2rem;box-shadow:0 1px 3px rgb(0 0 0/8%)}
.brand{display:flex;align-items:center;gap:.5rem;font-weight:700;margin-bottom:1.25rem}
.mark{width:20px;height:20px;border-radius:5px;background:linear-gradient(135deg,#34a853 0 50%,#1a73e8 50% 100%)}
h1{font-size:1.35rem;margin:0 0 .5rem}
p{margin:0;color:var(--muted)}`;

/** A small static page for the browser tab: no script, no links, no code or token in it. */
export function loopbackPage(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} – Quickmeet</title>
<style>${STYLE}</style></head>
<body><main><div class="brand"><span class="mark" aria-hidden="true"></span>Quickmeet</div><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
}

/** Headers on every loopback answer: nothing cached, nothing leaked through Referer, nothing framed or run. */
export const LOOPBACK_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  pragma: 'no-cache',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'",
  connection: 'close',
};
