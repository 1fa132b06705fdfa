-- A reply that cannot be sent now (the person has not written in the last 24 hours) is held,
-- never dropped: kept in the outbox with its encrypted address (and a lead worker's text still
-- sealed), under its handoff's retention (the row goes with the handoff), and released when
-- the person next writes. `held_at` stays set once a row was held, so its delivery can be told
-- to the lead worker. A `notice` row is the one neutral message the person agreed to at
-- consent ("a message is waiting"); `consented` lets a held reply itself go out as that notice
-- where the platform has no window (Teams).
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check check (status in ('pending', 'sending', 'sent', 'failed', 'dead', 'held'));
alter table outbox add column kind text not null default 'reply' check (kind in ('reply', 'notice'));
alter table outbox add column handoff_id text references handoffs (id) on delete cascade;
alter table outbox add column held_at timestamptz;
alter table outbox add column consented boolean not null default false;
create index outbox_handoff_id on outbox (handoff_id);
create index outbox_held on outbox (contact_key, id) where status = 'held';

-- When the current batch of held replies got its notice scheduled (at most one per batch);
-- cleared when the person writes again and the batch is released.
alter table handoffs add column notice_batch_at timestamptz;
