-- Handoff to a lead worker. Privacy invariants (docs/DESIGN.md 1, 2, 5, 6) shape these tables:
-- the reply address only encrypted and only while the handoff is open; message text only
-- encrypted, in handoff_messages, deleted with the handoff HANDOFF_RETENTION_DAYS after close;
-- staff see a handle ("Contact K7Q2"), never a contact key or an address.

-- One row per request for a person. The id is random (not derived from the contact key), so
-- console payloads and the audit log never link back to a contact once the row is gone.
create table handoffs (
  id text primary key,
  contact_key text not null references contacts (key) on delete cascade,
  handle text not null,
  state text not null check (state in ('queued', 'claimed', 'closed')),
  urgent boolean not null default false,
  lang text not null,
  channel text not null,
  topics text[] not null default '{}',
  created_at timestamptz not null,
  claimed_at timestamptz,
  claimed_by text,
  closed_at timestamptz,
  outcome text,
  close_detail text,
  address_enc bytea,
  notified_at timestamptz,
  renotified_at timestamptz,
  escalated_at timestamptz,
  purge_after timestamptz
);
-- One open handoff per contact; a handle is unique among open handoffs (staff tell them apart).
create unique index handoffs_one_open on handoffs (contact_key) where state in ('queued', 'claimed');
create unique index handoffs_open_handle on handoffs (handle) where state in ('queued', 'claimed');
create index handoffs_queued on handoffs (created_at) where state = 'queued';
create index handoffs_purge on handoffs (purge_after) where purge_after is not null;

-- The transcript: AES-256-GCM (the key id is inside the blob). There is no clear-text column.
create table handoff_messages (
  id bigserial primary key,
  handoff_id text not null references handoffs (id) on delete cascade,
  at timestamptz not null,
  direction text not null check (direction in ('in', 'out')),
  staff_id text,
  body_enc bytea not null
);
create index handoff_messages_handoff on handoff_messages (handoff_id, id);

-- Where a handoff's card was posted in each console (a renotify posts again).
create table console_posts (
  id bigserial primary key,
  handoff_id text not null references handoffs (id) on delete cascade,
  console text not null,
  channel_ref text not null,
  message_ref text not null,
  created_at timestamptz not null,
  unique (console, message_ref)
);
create index console_posts_handoff on console_posts (handoff_id, console, id);

-- Work for the staff consoles, claimed with FOR UPDATE SKIP LOCKED (several processes). The
-- payload never holds message text: a contact's message is a handoff_messages id, decrypted at
-- send time. A job about an erased handoff has no handoff_id and carries its console refs.
create table console_jobs (
  id bigserial primary key,
  handoff_id text references handoffs (id) on delete cascade,
  console text not null,
  kind text not null check (kind in ('notify', 'renotify', 'update', 'thread')),
  payload jsonb not null,
  status text not null check (status in ('pending', 'running', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  created_at timestamptz not null
);
create index console_jobs_due on console_jobs (next_attempt_at) where status in ('pending', 'running');
create index console_jobs_handoff on console_jobs (handoff_id, console, id)
