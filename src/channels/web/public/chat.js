// Waypoint web chat. No framework, no third-party request, no cookie: a random session id
// lives in sessionStorage (gone when the tab closes) and goes to the server in each request.
// Message text is never written to storage. Every word on the page comes from the catalogues
// (data.chrome, per language): this script holds none of its own.
const data = JSON.parse(document.getElementById('waypoint-data').textContent);
const $ = (id) => document.getElementById(id);
const SESSION = 'waypoint.session';
const LANG = 'waypoint.lang';

// The page's language: the one chosen in this tab, else the browser's (the server rendered it).
let lang = sessionStorage.getItem(LANG) || data.pageLang || data.defaultLang;
// Whether the person chose a language; until then their first message is read for it.
let chosen = Boolean(sessionStorage.getItem(LANG));
let busy = false;
let lastEsc = 0;

function randomId(bytes) {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function sessionId() {
  let id = sessionStorage.getItem(SESSION);
  if (!id) {
    id = randomId(16); // 128 bits
    sessionStorage.setItem(SESSION, id);
  }
  return id;
}

// ------------------------------------------------------------------ quick exit

function quickExit() {
  const id = sessionStorage.getItem(SESSION);
  clearTimeout(pollTimer);
  // Hide everything at once: nothing of the chat stays on screen while the next page loads.
  document.title = '';
  document.body.replaceChildren();
  if (id) {
    const body = JSON.stringify({ sessionId: id });
    try {
      // keepalive lets the request finish after the page is gone.
      fetch('/web/exit', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true }).catch(() => {});
    } catch {
      navigator.sendBeacon?.('/web/exit', new Blob([body], { type: 'application/json' }));
    }
  }
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    /* storage may be disabled */
  }
  // replace(), not assign(): the chat's history entry is overwritten, so Back does not return to it.
  location.replace(data.quickExitUrl);
}

$('quick-exit').addEventListener('click', quickExit);
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  const now = Date.now();
  if (now - lastEsc < 1000) {
    e.preventDefault();
    quickExit();
  }
  lastEsc = now;
});

// ------------------------------------------------------------------ page words and language

function langInfo(code) {
  return data.languages.find((l) => l.code === code) || { code, dir: 'ltr' };
}

function words() {
  return data.chrome[lang] || data.chrome[data.defaultLang];
}

/** The page follows a language at once: its words, `lang` and `dir`. Bubbles keep their own. */
function applyLanguage(code) {
  if (!data.chrome[code]) return;
  lang = code;
  const t = words();
  document.documentElement.lang = code;
  document.documentElement.dir = langInfo(code).dir;
  for (const el of document.querySelectorAll('[data-t]')) {
    const text = t[el.dataset.t];
    if (text) el.textContent = text;
  }
  for (const el of document.querySelectorAll('[data-t-placeholder]')) el.placeholder = t[el.dataset.tPlaceholder] || '';
  const draft = data.drafts[code] || '';
  $('page-draft').textContent = draft;
  $('page-draft').hidden = draft === '';
  for (const b of document.querySelectorAll('button.lang')) b.setAttribute('aria-pressed', String(b.dataset.lang === code));
}

function choose(code) {
  chosen = true;
  sessionStorage.setItem(LANG, code);
  applyLanguage(code);
}

// ------------------------------------------------------------------ conversation

function clearChoices() {
  for (const group of $('log').querySelectorAll('.choices')) group.remove();
}

function addMine(text) {
  const p = document.createElement('p');
  p.className = 'msg mine';
  p.lang = lang;
  p.dir = 'auto';
  const who = document.createElement('span');
  who.className = 'visually-hidden';
  who.textContent = words().you + ': ';
  p.append(who, text);
  $('log').append(p);
}

function addMessage(m) {
  const div = document.createElement('div');
  div.className = 'msg theirs';
  div.lang = m.lang;
  div.dir = m.dir;
  for (const line of m.text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    div.append(p);
  }
  $('log').append(div);
  if (m.choices && m.choices.length > 0) {
    const group = document.createElement('div');
    group.className = m.display === 'list' ? 'choices list' : 'choices';
    group.setAttribute('role', 'group');
    group.lang = m.lang;
    group.dir = m.dir;
    for (const c of m.choices) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'choice';
      b.dataset.choice = c.id;
      b.textContent = c.label;
      // The language menu lists each language in its own script and direction.
      const own = data.languages.find((l) => l.code === c.id && c.key === 'language-' + l.code);
      if (own) {
        b.lang = own.code;
        b.dir = own.dir;
      }
      b.addEventListener('click', () => {
        // Choosing a language changes the page at once, before the answer comes.
        if (own) choose(own.code);
        send({ choiceId: c.id }, c.label, true);
      });
      group.append(b);
    }
    $('log').append(group);
    return group;
  }
  return null;
}

function showChat() {
  $('picker').hidden = true;
  $('chat').hidden = false;
  $('tools').hidden = false;
  if (!pollTimer) pollTimer = setTimeout(poll, POLL_MS);
}

async function send(input, shown, fromButton) {
  if (busy) return;
  busy = true;
  $('status').textContent = '';
  // A chosen language starts a new conversation in it; otherwise the page's is only a hint.
  const body = { sessionId: sessionId(), clientMessageId: randomId(12), ...(chosen ? { lang } : { hint: lang }), ...input };
  clearChoices();
  if (shown) addMine(shown);
  let tries = 0;
  for (;;) {
    try {
      const res = await fetch('/web/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status === 429) {
        $('status').textContent = words()['error-busy'];
        break;
      }
      if (!res.ok) throw new Error(String(res.status));
      const reply = await res.json();
      let firstGroup = null;
      for (const m of reply.messages) {
        const g = addMessage(m);
        firstGroup = firstGroup || g;
      }
      // The page follows the language the conversation is in (told from what the person wrote,
      // or chosen): the last message's, leaving out an offer to switch, which only asks.
      const said = reply.messages.filter((m) => m.key !== 'language-offer');
      const last = said[said.length - 1];
      if (last && last.lang !== lang && data.chrome[last.lang] && (chosen || said.every((m) => m.lang === last.lang))) choose(last.lang);
      const end = $('log').lastElementChild;
      if (end) end.scrollIntoView({ block: 'end' });
      if (fromButton && firstGroup) firstGroup.querySelector('button').focus();
      else if (fromButton) $('text').focus();
      break;
    } catch {
      // The same clientMessageId makes a retry safe: the server answers a repeat with the same reply.
      tries += 1;
      if (tries < 2) continue;
      $('status').textContent = words()['error-retry'];
      break;
    }
  }
  busy = false;
}

// ------------------------------------------------------------------ waiting messages

// A lead worker's replies (and the claim and close notices) wait on the server until the page
// asks. The page asks every 4 s while it is open and visible, once the conversation has started
// (whether a person is on the line is the server's to know; an empty answer costs little), and
// at once when the tab comes back into view. Each delivery is acknowledged in the next poll and
// shown once.
const POLL_MS = 4000;
let polling = false;
let pollTimer = 0;
let acks = [];
const shown = new Set();

async function poll() {
  clearTimeout(pollTimer);
  const id = sessionStorage.getItem(SESSION);
  if (!id || polling) return;
  if (document.visibilityState !== 'visible') return;
  polling = true;
  let stop = false;
  try {
    const res = await fetch('/web/poll', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: id, ack: acks }),
    });
    if (res.status === 410) stop = true;
    else if (res.ok) {
      const reply = await res.json();
      acks = reply.deliveries.map((d) => d.id);
      for (const d of reply.deliveries) {
        if (shown.has(d.id)) continue;
        shown.add(d.id);
        if (d.messages.some((m) => m.choices && m.choices.length > 0)) clearChoices();
        for (const m of d.messages) addMessage(m);
      }
      if (reply.deliveries.length > 0) {
        const last = $('log').lastElementChild;
        if (last) last.scrollIntoView({ block: 'end' });
      }
    }
  } catch {
    /* offline for a moment: the next poll asks again */
  }
  polling = false;
  if (!stop) pollTimer = setTimeout(poll, POLL_MS);
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !$('chat').hidden) poll();
});

function start(code) {
  choose(code);
  showChat();
  $('text').focus();
  // An empty first message opens the conversation (or shows the current question again after a reload).
  send({ text: '' }, null, true);
}

for (const b of document.querySelectorAll('button.lang')) {
  b.addEventListener('click', () => start(b.dataset.lang));
}

$('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = $('text');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  // Writing before choosing a language starts the conversation too: the first message is read for its language.
  if ($('chat').hidden) showChat();
  send({ text }, text, false);
});
// Scrolling (a new reply, a focused button) keeps clear of the message box at the bottom of the
// screen (chat.css): the space kept is the box's own height, which differs with the language of
// its label and button, the fonts and the zoom; the stylesheet's value stands until it is known.
if (typeof ResizeObserver === 'function') {
  const box = $('composer');
  new ResizeObserver(() => {
    // Gone after the quick exit, which empties the page.
    if (!box.isConnected) return;
    const sticky = getComputedStyle(box).position === 'sticky';
    document.documentElement.style.scrollPaddingBottom = sticky ? `${box.offsetHeight + 8}px` : '';
  }).observe(box);
}
$('menu').addEventListener('click', () => send({ command: 'menu' }, null, true));
$('language').addEventListener('click', () => send({ command: 'language' }, null, true));

// A reload within the same tab continues the conversation.
if (sessionStorage.getItem(SESSION) && sessionStorage.getItem(LANG)) start(lang);
else applyLanguage(lang);
