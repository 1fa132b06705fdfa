-- Indexes under the foreign keys that cascade. ERASE is one `delete from contacts`, and
-- PostgreSQL finds the rows that cascade from it (inbox, outbox, handoffs) through an index on
-- the referencing column, or else by reading the whole table. With 100,000 stored
-- conversations an ERASE read 600,000 inbox rows; the hourly purge of old inbox rows did the
-- same to the outbox for each row it deleted.
create index inbox_contact_key on inbox (contact_key);
create index outbox_contact_key on outbox (contact_key);
create index outbox_inbox_id on outbox (inbox_id);
create index handoffs_contact_key on handoffs (contact_key);
