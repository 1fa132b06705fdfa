-- Waypoint's first schema. Privacy invariants (docs/DESIGN.md) shape every table:
-- no address in clear, no message text, counters without contact ids.

-- A contact is an HMAC of (channel, address); the address itself is never a column.
create table contacts (
  key text primary key,
  channel text not null,
  created_at timestamptz not null,
  last_inbound_at timestamptz,
  opted_out boolean not null default false
);

-- Where each conversation rests: a node id, a language, declared variables only.
create table sessions (
  contact_key text primary key references contacts (key) on delete cascade,
  state jsonb not null,
  updated_at timestamptz not null
);

-- Provider message ids for dedupe. `reply` holds message keys and arguments, never text.
create table inbox (
  id bigserial primary key,
  channel text not null,
  provider_id text not null,
  contact_key text not null references contacts (key) on delete cascade,
  received_at timestamptz not null,
  reply jsonb,
  unique (channel, provider_id)
);
create index inbox_received_at on inbox (received_at);

-- Outbound messages sent after the webhook answered. The address is encrypted and
-- nulled once the message is sent.
create table outbox (
  id bigserial primary key,
  contact_key text references contacts (key) on delete cascade,
  channel text not null,
  inbox_id bigint references inbox (id) on delete cascade,
  payload jsonb not null,
  address_enc bytea,
  status text not null check (status in ('pending', 'sending', 'sent', 'failed', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz,
  last_error text,
  created_at timestamptz not null,
  sent_at timestamptz
);
create index outbox_pending on outbox (next_attempt_at) where status = 'pending';

-- Who did what, when — never content.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  subject text,
  detail jsonb
);

-- Daily aggregates: metric × topic × language × channel × day, with no contact id.
create table counters (
  day date not null,
  metric text not null,
  topic text not null default '',
  lang text not null default '',
  channel text not null default '',
  n bigint not null,
  primary key (day, metric, topic, lang, channel)
);
