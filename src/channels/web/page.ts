import type { ChromeKey } from './chrome.ts';

export interface PageLanguage {
  code: string;
  /** The language's own name ("Français"), from the catalogue's `language-<code>`. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export interface PageData {
  defaultLang: string;
  languages: PageLanguage[];
  /** Page words per language code, all from the catalogues. */
  chrome: Record<string, Record<ChromeKey, string>>;
  /** Per language: "This text was not yet checked by a translator." when its page words are drafts, else ''. */
  drafts: Record<string, string>;
  quickExitUrl: string;
}

const TECH_SAFETY_URL = 'https://techsafety.ca/';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside a <script type="application/json"> block: no "</script>" or "<!--" can close it. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The whole page, server-rendered in `lang` (the browser's Accept-Language when it is one of
 * ours, else the default) so it shows before any script runs; the script then follows the
 * person's language at once. No third-party request: the only assets are /web/chat.css and
 * /web/chat.js. Every word comes from the catalogues (`web-*` keys).
 */
export function renderPage(data: PageData, lang = data.defaultLang): string {
  const t = data.chrome[lang] ?? data.chrome[data.defaultLang]!;
  const dir = data.languages.find((l) => l.code === lang)?.dir ?? 'ltr';
  const draft = data.drafts[lang] ?? '';
  const langButtons = data.languages
    .map((l) => `<li><button type="button" class="lang" data-lang="${esc(l.code)}" lang="${esc(l.code)}" dir="${l.dir}">${esc(l.name)}</button></li>`)
    .join('');
  return `<!doctype html>
<html lang="${esc(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, interactive-widget=resizes-content">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>Waypoint</title>
<link rel="stylesheet" href="/web/chat.css">
<script type="application/json" id="waypoint-data">${jsonForHtml({ ...data, pageLang: lang })}</script>
<script type="module" src="/web/chat.js"></script>
</head>
<body>
<header class="bar">
  <span class="brand" lang="en" dir="ltr">Waypoint</span>
  <button type="button" id="quick-exit" class="exit" aria-describedby="exit-notice"><span data-t="quick-exit">${esc(t['quick-exit'])}</span><span class="hint" data-t="quick-exit-hint">${esc(t['quick-exit-hint'])}</span></button>
</header>
<main id="main">
  <p id="exit-notice" class="notice"><span data-t="exit-notice">${esc(t['exit-notice'])}</span> <a href="${esc(TECH_SAFETY_URL)}" rel="noreferrer noopener" data-t="exit-notice-link">${esc(t['exit-notice-link'])}</a></p>
  <p id="page-draft" class="notice"${draft ? '' : ' hidden'}>${esc(draft)}</p>
  <noscript><p class="notice">${esc(t.noscript)}</p></noscript>
  <section id="picker" aria-labelledby="picker-title">
    <h1 id="picker-title" data-t="choose-language">${esc(t['choose-language'])}</h1>
    <ul class="langs">${langButtons}</ul>
    <p class="or-write" data-t="or-write">${esc(t['or-write'])}</p>
  </section>
  <section id="chat" hidden>
    <h1 class="visually-hidden" id="log-title" data-t="chat-log">${esc(t['chat-log'])}</h1>
    <div id="log" role="log" aria-live="polite" aria-labelledby="log-title"></div>
  </section>
  <p id="status" role="status" class="status"></p>
  <form id="composer" autocomplete="off">
    <label for="text" data-t="message-label">${esc(t['message-label'])}</label>
    <div class="row">
      <input id="text" name="text" type="text" dir="auto" maxlength="4096" autocomplete="off" autocapitalize="sentences" spellcheck="false" enterkeyhint="send" placeholder="${esc(t.placeholder)}" data-t-placeholder="placeholder">
      <button type="submit" id="send" data-t="send">${esc(t.send)}</button>
    </div>
  </form>
  <nav id="tools" class="tools" aria-label="Waypoint" hidden>
    <button type="button" id="menu" data-t="menu">${esc(t.menu)}</button>
    <button type="button" id="language" data-t="language">${esc(t.language)}</button>
  </nav>
</main>
</body>
</html>
`;
}
