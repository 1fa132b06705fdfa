-- One reply per provider message, across processes and restarts. The turn that handled a
-- message holds a short lease on delivering its reply; the channel marks it delivered once the
-- HTTP response went out. A redelivery waits for that: delivered → it stays silent; lease run
-- out without delivery (the process died mid-response) → it takes the lease and sends the
-- stored reply, so nothing is lost either.
alter table inbox add column reply_lease_until timestamptz;
alter table inbox add column reply_delivered boolean not null default false;
