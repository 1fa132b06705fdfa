-- A contact's turn in two statements instead of six. Each round trip to the server costs a
-- write and a read on the socket, and under load those system calls were the larger part of
-- a turn's CPU (npm run bench, profiled with --cpu-prof). The functions keep the order the
-- separate statements had, and each statement in a VOLATILE PL/pgSQL function takes a fresh
-- snapshot, so locks and reads behave exactly as before:
--   1. the contact row is upserted (its row lock serializes a contact's turns);
--   2. the provider message id is claimed (a concurrent duplicate waits on the unique index);
--   3. only then the session is read and locked, seeing the previous turn's commit.
create function waypoint_begin_turn(
  p_key text, p_channel text, p_provider_id text, p_now timestamptz,
  out opted_out boolean, out inbox_id bigint, out has_session boolean, out state jsonb
) language plpgsql volatile as $$
begin
  insert into contacts as c (key, channel, created_at, last_inbound_at)
    values (p_key, p_channel, p_now, p_now)
    on conflict (key) do update set last_inbound_at = excluded.last_inbound_at
    returning c.opted_out into opted_out;
  insert into inbox (channel, provider_id, contact_key, received_at)
    values (p_channel, p_provider_id, p_key, p_now)
    on conflict (channel, provider_id) do nothing
    returning id into inbox_id;
  has_session := false;
  if inbox_id is null then
    return;
  end if;
  select s.state into state from sessions s where s.contact_key = p_key for update;
  has_session := found;
end
$$;

-- The end of a turn: the session saved, the reply kept (keys and arguments, never text) with
-- its delivery lease, and the day's counters added last, in the order given, so the hot
-- counter rows are locked as briefly as possible and always in the same order.
create function waypoint_end_turn(
  p_key text, p_state jsonb, p_now timestamptz, p_inbox_id bigint, p_reply jsonb, p_lease_seconds double precision,
  p_day date, p_metrics text[], p_topics text[], p_langs text[], p_channels text[], p_ns bigint[]
) returns void language plpgsql volatile as $$
begin
  insert into sessions (contact_key, state, updated_at) values (p_key, p_state, p_now)
    on conflict (contact_key) do update set state = excluded.state, updated_at = excluded.updated_at;
  update inbox set reply = p_reply, reply_lease_until = now() + make_interval(secs => p_lease_seconds)
    where id = p_inbox_id;
  if cardinality(p_metrics) > 0 then
    insert into counters (day, metric, topic, lang, channel, n)
      select p_day, u.m, u.t, u.l, u.c, u.n
      from unnest(p_metrics, p_topics, p_langs, p_channels, p_ns) with ordinality as u(m, t, l, c, n, o)
      order by u.o
      on conflict (day, metric, topic, lang, channel) do update set n = counters.n + excluded.n;
  end if;
end
$$;
