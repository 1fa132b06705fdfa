// Waypoint web chat. No framework, no third-party request, no cookie: a random session id
// lives in sessionStorage (gone when the tab closes) and goes to the server in each request.
// Message text is never written to storage.
const data = JSON.parse(document.getElementById('waypoint-data').textContent);
const $ = (id) => document.getElementById(id);
const SESSION = 'waypoint.session';
const LANG = 'waypoint.lang';

let lang = sessionStorage.getItem(LANG) || data.defaultLang;
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

function applyLanguage(code) {
  lang = code;
  const t = data.chrome[code] || data.chrome[data.defaultLang];
  document.documentElement.lang = code;
  document.documentElement.dir = langInfo(code).dir;
  for (const el of document.querySelectorAll('[data-t]')) {
    const text = t[el.dataset.t];
    if (text) el.textContent = text;
  }
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
  who.textContent = (data.chrome[lang] || data.chrome[data.defaultLang]).you + ': ';
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
      b.addEventListener('click', () => send({ choiceId: c.id }, c.label, true));
      group.append(b);
    }
    $('log').append(group);
    return group;
  }
  return null;
}

async function send(input, shown, fromButton) {
  if (busy) return;
  busy = true;
  $('status').textContent = '';
  const body = { sessionId: sessionId(), clientMessageId: randomId(12), lang, ...input };
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
      if (!res.ok) throw new Error(String(res.status));
      const reply = await res.json();
      let firstGroup = null;
      for (const m of reply.messages) {
        const g = addMessage(m);
        firstGroup = firstGroup || g;
        if (m.lang !== lang && data.chrome[m.lang]) {
          lang = m.lang;
          sessionStorage.setItem(LANG, lang);
          applyLanguage(lang);
        }
      }
      const last = $('log').lastElementChild;
      if (last) last.scrollIntoView({ block: 'end' });
      if (fromButton && firstGroup) firstGroup.querySelector('button').focus();
      else if (fromButton) $('text').focus();
      break;
    } catch {
      // The same clientMessageId makes a retry safe: the server answers a repeat with the same reply.
      tries += 1;
      if (tries < 2) continue;
      $('status').textContent = (data.chrome[lang] || data.chrome[data.defaultLang])['error-retry'];
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
  sessionStorage.setItem(LANG, code);
  applyLanguage(code);
  $('picker').hidden = true;
  $('chat').hidden = false;
  $('text').focus();
  // An empty first message opens the conversation (or shows the current question again after a reload).
  send({ text: '' }, null, true);
  pollTimer = setTimeout(poll, POLL_MS);
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
  send({ text }, text, false);
});
$('menu').addEventListener('click', () => send({ command: 'menu' }, null, true));
$('language').addEventListener('click', () => send({ command: 'language' }, null, true));

// A reload within the same tab continues the conversation.
if (sessionStorage.getItem(SESSION) && sessionStorage.getItem(LANG)) start(lang);
else applyLanguage(lang);
