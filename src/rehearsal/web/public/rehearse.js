// Waypoint rehearsal for trainers. No framework, no third-party request, no cookie, no storage:
// the trainer token lives in one variable while the page is open and goes to the server as
// `Authorization: Bearer …`. Everything a persona or a trainee wrote is set with textContent.
const $ = (id) => document.getElementById(id);

/** The trainer token; null until the server accepted it. Never written anywhere else. */
let token = null;
/** Personas, outcome codes and walk languages, from GET /rehearse/api/personas. */
let setup = null;
/** The practice on screen (the server's room view) and its debrief files once closed. */
let room = null;
let exportsOf = null;
let busy = false;
/** Walk mode is stateless on the server: the page keeps the lines and sends them all. */
const walk = { lang: 'en', inputs: [], shown: [], turns: 0 };

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`/rehearse/api${path}`, {
    method,
    headers,
    cache: 'no-store',
    credentials: 'omit',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  let data = null;
  try {
    data = res.status === 204 ? null : await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) {
    const message = (data && data.message) || `The server answered ${res.status}.`;
    if (res.status === 401 && setup) signOut(`${message} Enter the token again.`);
    throw new ApiError(res.status, message);
  }
  return data;
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

/** A message body: one paragraph a line, in its language and direction, as plain text. */
function textBlock(text, lang, dir) {
  const div = el('div', { class: 'text', lang, dir });
  for (const line of String(text).split('\n')) div.append(el('p', { text: line }));
  return div;
}

const practiceBadge = () => el('span', { class: 'badge practice', lang: 'en', dir: 'ltr', text: 'Practice' });

function say(id, message) {
  $(id).textContent = message || '';
}

// ------------------------------------------------------------------ token

async function signIn(e) {
  e.preventDefault();
  const value = $('token').value.trim();
  if (!value) return say('signin-status', 'Enter the trainer token.');
  if (busy) return;
  busy = true;
  token = value;
  say('signin-status', 'Checking…');
  try {
    setup = await api('GET', '/personas');
    $('token').value = '';
    say('signin-status', '');
    fillSetup();
    $('signin').hidden = true;
    $('workspace').hidden = false;
    $('sign-out').hidden = false;
    $('persona').focus();
  } catch (err) {
    token = null;
    setup = null;
    say('signin-status', err.status === 401 ? 'That is not the trainer token.' : err.message);
    $('token').select();
  }
  busy = false;
}

function signOut(message) {
  if (room && token) api('DELETE', `/practice/${room.id}`).catch(() => {});
  token = null;
  setup = null;
  room = null;
  exportsOf = null;
  resetPractice();
  resetWalk();
  $('workspace').hidden = true;
  $('sign-out').hidden = true;
  $('signin').hidden = false;
  say('signin-status', typeof message === 'string' ? message : '');
  $('token').focus();
}

function option(value, label) {
  return el('option', { value, text: label });
}

function fillSetup() {
  $('persona').replaceChildren(...setup.personas.map((p) => option(p.id, `${p.name} (scenario ${p.scenario})`)));
  fillLanguages();
  $('outcome').replaceChildren(option('', 'Choose an outcome…'), ...setup.outcomes.map((o) => option(o.value, o.label)));
  $('walk-lang').replaceChildren(...setup.languages.map((l) => option(l.code, l.native === l.name ? l.name : `${l.name} (${l.native})`)));
}

function currentPersona() {
  return setup.personas.find((p) => p.id === $('persona').value) || setup.personas[0];
}

function fillLanguages() {
  const p = currentPersona();
  if (!p) return;
  $('persona-lang').replaceChildren(...p.languages.map((l) => option(l.code, l.native === l.name ? l.name : `${l.name} (${l.native})`)));
  say('persona-about', `Writes by ${p.channel.replace(/\.$/, "")}.${p.writes ? ` Their own language is ${p.writes}; they are rehearsed in the languages listed.` : ''}`);
}

// ------------------------------------------------------------------ practice

function resetPractice() {
  $('console').hidden = true;
  $('debrief').hidden = true;
  $('start-form').hidden = false;
  $('thread').replaceChildren();
  $('consent').replaceChildren();
  $('reply').value = '';
  say('console-status', '');
}

function renderCard() {
  const c = room.card;
  say('card-prefixes', room.prefixes.length ? `${room.prefixes.join(' · ')} · ` : '');
  say('card-summary', room.summary);
  say('card-state', room.state || 'Waiting for a lead worker to claim it.');
  say('card-channel', `The contact writes by ${room.persona.channel}.`);
  $('claim').hidden = c.state !== 'queued';
  const closed = c.state === 'closed';
  for (const id of ['reply', 'send', 'outcome', 'close']) $(id).disabled = closed;
  $('abandon').hidden = closed;
  $('card').className = `card ${c.state}`;
}

function renderBrief() {
  const p = room.persona;
  say('brief-background', p.background);
  $('brief-wants').replaceChildren(...p.wants.map((w) => el('li', { text: w })));
  $('brief-fears').replaceChildren(...p.fears.map((f) => el('li', { text: f })));
}

/** An assistant message, with its English source beside it when it is not in English. */
function withSource(m) {
  const row = el('div', { class: 'pair' }, textBlock(m.text, m.lang, m.dir));
  if (m.lang !== 'en' && m.source) {
    row.append(el('div', { class: 'source' }, el('p', { class: 'label', text: 'English' }), textBlock(m.source, 'en', 'ltr')));
  }
  return row;
}

/** What the assistant showed the contact (consent, claimed, closed). */
function shownEntry(m, tag) {
  const e = el(tag, { class: 'entry from-assistant' });
  e.append(el('p', { class: 'who' }, practiceBadge(), ' The assistant told the contact'));
  e.append(withSource(m));
  return e;
}

/** A persona message, with its English beside it for the trainer (the "Show English" box hides it). */
function personaEntry(m) {
  const e = el('div', { class: 'entry from-persona' });
  e.append(el('p', { class: 'who' }, practiceBadge(), ` ${m.name} (the contact)${m.generated ? ' · generated' : ''}`));
  const row = el('div', { class: 'pair' }, textBlock(m.text, m.lang, m.dir));
  if (m.english) row.append(el('div', { class: 'source english' }, el('p', { class: 'label', text: 'English' }), textBlock(m.english, 'en', 'ltr')));
  e.append(row);
  return e;
}

function traineeEntry(text) {
  const e = el('div', { class: 'entry from-you' });
  e.append(el('p', { class: 'who', text: 'You (lead worker)' }));
  e.append(textBlock(text, room.persona.lang.code, 'auto'));
  return e;
}

const words = (s) => s.replace(/_/g, ' ');

function eventNote(ev) {
  let text;
  if (ev.type === 'trust_changed') {
    const scale = ev.words ? `${ev.words[0]} → ${ev.words[1]}` : `${ev.from} → ${ev.to}`;
    text = `Trust: ${scale}${ev.signals.length ? ` (${ev.signals.map(words).join(', ')})` : ''}`;
  }
  else if (ev.type === 'fact_revealed') text = `Shared: ${ev.fact}`;
  else if (ev.type === 'persona_withdrew') text = 'The person stopped writing (withdrew).';
  else if (ev.type === 'persona_interrupted') text = 'The person had to stop writing.';
  else if (ev.type === 'persona_returned') text = 'The person is writing again, slowly.';
  else if (ev.type === 'persona_left') text = 'The person left for good.';
  else if (ev.type === 'persona_silent') text = 'No reply: the person is no longer writing.';
  else return null;
  return el('p', { class: `note ${ev.type}`, text });
}

function addStep(step) {
  const thread = $('thread');
  for (const m of step.messages) thread.append(m.type === 'persona' ? personaEntry(m) : shownEntry(m, 'div'));
  for (const ev of step.events) {
    const n = eventNote(ev);
    if (n) thread.append(n);
  }
  room = step.room;
  renderCard();
  const last = thread.lastElementChild;
  if (last) last.scrollIntoView({ block: 'nearest' });
}

/** Runs one request at a time; a refusal shows in `statusId` and nothing else changes. */
async function act(statusId, fn) {
  if (busy) return;
  busy = true;
  say(statusId, '');
  $('console').setAttribute('aria-busy', 'true');
  try {
    await fn();
  } catch (err) {
    say(statusId, err.message);
  }
  $('console').removeAttribute('aria-busy');
  busy = false;
}

function startPractice(e) {
  e.preventDefault();
  act('console-status', async () => {
    const step = await api('POST', '/practice', { persona: $('persona').value, lang: $('persona-lang').value });
    resetPractice();
    room = step.room;
    exportsOf = null;
    renderBrief();
    $('consent').replaceChildren(...step.messages.map((m) => shownEntry(m, 'li')));
    const lang = room.persona.lang;
    $('reply').lang = lang.code;
    $('reply').dir = lang.dir;
    $('outcome').value = '';
    renderCard();
    $('start-form').hidden = true;
    $('console').hidden = false;
    $('console-title').focus();
  });
}

function claim() {
  act('console-status', async () => {
    addStep(await api('POST', `/practice/${room.id}/claim`));
    $('reply').focus();
  });
}

function reply(e) {
  e.preventDefault();
  const text = $('reply').value;
  if (!text.trim()) return say('console-status', 'Nothing to send.');
  act('console-status', async () => {
    const step = await api('POST', `/practice/${room.id}/reply`, { text });
    $('thread').append(traineeEntry(text.trim()));
    $('reply').value = '';
    addStep(step);
    $('reply').focus();
  });
}

function close(e) {
  e.preventDefault();
  const outcome = $('outcome').value;
  if (!outcome) {
    say('console-status', 'Not closed: pick an outcome first.');
    $('outcome').focus();
    return;
  }
  act('console-status', async () => {
    const r = await api('POST', `/practice/${room.id}/close`, { outcome });
    addStep(r);
    exportsOf = r.exports;
    renderDebrief(r.debrief);
    $('debrief').hidden = false;
    $('debrief-title').focus();
  });
}

const STATUS = { passed: 'Passed', missed: 'Missed', breached: 'Breached' };
const ENDED = {
  open: 'the person was still writing at the end',
  withdrawn: 'the person stopped writing (withdrew)',
  left: 'the person left for good',
  interrupted: 'the person had to stop writing (someone came in, or the phone died)',
};
const TRUST_SCALE = 'Trust, lowest to highest: not trusting you at all · wary · unsure · starting to trust you · trusting you · trusting you a lot.';

function renderDebrief(d) {
  const closedAs = d.closedAs ? ` Closed as: ${words(d.closedAs)}.` : '';
  say('debrief-summary', `Score ${d.score} of ${d.max}. At the end ${d.name} was ${d.trustWords}; ${ENDED[d.outcome] || d.outcome}.${closedAs}`);
  say('debrief-scale', TRUST_SCALE);
  $('debrief-items').replaceChildren(
    ...d.items.map((i) => {
      const li = el('li', { class: `item ${i.status}` });
      li.append(el('h4', {}, el('span', { class: `status ${i.status}`, text: STATUS[i.status] }), ` ${i.title}`));
      if (i.evidence.length) {
        li.append(
          el(
            'ul',
            { class: 'evidence' },
            ...i.evidence.map((ev) => el('li', {}, `Turn ${ev.turn}: `, el('q', { dir: 'auto', lang: d.lang, text: ev.line }))),
          ),
        );
      } else {
        li.append(el('p', { class: 'evidence', text: i.status === 'passed' ? 'No line went against it.' : 'No line did this.' }));
      }
      li.append(el('p', { class: 'teaching', text: i.note }));
      return li;
    }),
  );
  const shared = d.revealed.length ? d.revealed.map((r) => el('li', { text: r.fact })) : [el('li', { text: 'Nothing beyond the first message.' })];
  $('debrief-shared').replaceChildren(...shared);
  $('debrief-more').replaceChildren(...d.notRevealed.map((f) => el('li', { text: f })));
  $('debrief-more-box').hidden = d.notRevealed.length === 0;
}

/** The debrief as a file, built here from what the close answer carried (no link with a token). */
function download(text, type, name) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function again() {
  if (room) api('DELETE', `/practice/${room.id}`).catch(() => {});
  room = null;
  exportsOf = null;
  resetPractice();
  $('persona').focus();
}

// ------------------------------------------------------------------ walk mode

function resetWalk() {
  walk.inputs = [];
  walk.shown = [];
  walk.turns = 0;
  $('walk-log').replaceChildren();
  say('walk-status', '');
}

function walkEntry(o) {
  const e = el('div', { class: 'entry from-assistant walk-out' });
  const meta = el(
    'p',
    { class: 'meta' },
    el('code', { text: o.key }),
    ' ',
    el('span', { class: `review ${o.status}`, text: o.status === 'reviewed' ? 'Reviewed' : o.status === 'draft' ? 'Draft' : 'Missing' }),
    ` ${o.lang}`,
  );
  e.append(meta, withSource(o));
  return e;
}

function walkChoices(o) {
  const group = el('div', { class: 'choices', role: 'group', 'aria-label': `Choices for ${o.key}`, lang: o.lang, dir: o.dir });
  for (const c of o.choices) {
    const b = el('button', { type: 'button', class: 'choice', 'data-choice': c.id, text: c.label });
    b.addEventListener('click', () => walkSend(`#${c.id}`, c.label, true));
    group.append(b);
  }
  return group;
}

async function walkSend(input, shown, fromButton) {
  if (busy) return;
  busy = true;
  say('walk-status', '');
  const inputs = [...walk.inputs, input];
  try {
    const r = await api('POST', '/walk', { lang: walk.lang, inputs });
    walk.inputs = inputs;
    walk.shown.push(shown);
    const log = $('walk-log');
    for (const g of log.querySelectorAll('.choices')) g.remove();
    let firstChoice = null;
    // The replay gives the same earlier turns: only the new ones are added (and announced).
    for (const t of r.turns.slice(walk.turns)) {
      const i = walk.turns;
      if (walk.shown[i]) log.append(el('div', { class: 'entry from-you' }, el('p', { class: 'who', text: 'The person' }), textBlock(walk.shown[i], walk.lang, 'auto')));
      for (const o of t.outputs) {
        log.append(walkEntry(o));
        if (o.choices && o.choices.length) {
          const g = walkChoices(o);
          log.append(g);
          firstChoice = firstChoice || g.querySelector('button');
        }
      }
      if (t.effects.length) log.append(el('p', { class: 'note', text: `Effects, not carried out: ${t.effects.map(words).join(', ')}` }));
      walk.turns += 1;
    }
    const last = log.lastElementChild;
    if (last) last.scrollIntoView({ block: 'nearest' });
    if (fromButton && firstChoice) firstChoice.focus();
    else if (fromButton) $('walk-text').focus();
  } catch (err) {
    say('walk-status', err.message);
  }
  busy = false;
}

function walkStart(e) {
  if (e) e.preventDefault();
  resetWalk();
  walk.lang = $('walk-lang').value || 'en';
  // What the person writes goes in the walk language's direction (Arabic right to left).
  const info = setup && setup.languages.find((l) => l.code === walk.lang);
  $('walk-text').lang = walk.lang;
  $('walk-text').dir = info && info.dir ? info.dir : 'auto';
  // An empty first line opens the conversation, as the web chat does.
  walkSend('', '', false);
}

// ------------------------------------------------------------------ tabs

const TABS = ['practice', 'walk'];

function selectTab(name, focus) {
  for (const t of TABS) {
    const tab = $(`tab-${t}`);
    const on = t === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`panel-${t}`).hidden = !on;
    if (on && focus) tab.focus();
  }
  if (name === 'walk' && walk.turns === 0 && !busy) walkStart();
}

for (const t of TABS) {
  $(`tab-${t}`).addEventListener('click', () => selectTab(t, false));
  $(`tab-${t}`).addEventListener('keydown', (e) => {
    const i = TABS.indexOf(t);
    let next = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (next) {
      e.preventDefault();
      selectTab(next, true);
    }
  });
}

// ------------------------------------------------------------------ wiring

$('signin-form').addEventListener('submit', signIn);
$('sign-out').addEventListener('click', () => signOut(''));
$('persona').addEventListener('change', fillLanguages);
$('start-form').addEventListener('submit', startPractice);
$('claim').addEventListener('click', claim);
$('reply-form').addEventListener('submit', reply);
$('reply').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) reply(e);
});
$('close-form').addEventListener('submit', close);
$('show-notes').addEventListener('change', () => $('thread').classList.toggle('hide-notes', !$('show-notes').checked));
$('export-md').addEventListener('click', () => exportsOf && download(exportsOf.markdown, 'text/markdown;charset=utf-8', `${exportsOf.basename}.md`));
$('export-html').addEventListener('click', () => exportsOf && download(exportsOf.html, 'text/html;charset=utf-8', `${exportsOf.basename}.html`));
$('again').addEventListener('click', again);
// Stopping throws the practice away: ask first.
$('abandon').addEventListener('click', () => {
  if (window.confirm('Stop this practice? It is thrown away, with no debrief.')) again();
});
$('show-english').addEventListener('change', () => $('thread').classList.toggle('hide-english', !$('show-english').checked));
$('walk-start').addEventListener('submit', walkStart);
$('walk-lang').addEventListener('change', () => walkStart());
$('walk-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('walk-text').value;
  if (!text.trim()) return;
  $('walk-text').value = '';
  walkSend(text, text, false);
});
