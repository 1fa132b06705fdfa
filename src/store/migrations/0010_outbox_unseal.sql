-- A lead worker's reply waits in the outbox as a sealed output (its text encrypted with the data
-- key, src/conversation/storedReply.ts). Once the row is sent or given up the text is of no more
-- use, so it goes, in every path that ends a row (the dispatcher, the web page's
-- acknowledgement, a row that can never be shown): the keys stay, the sealed text does not.
create function waypoint_outbox_unseal() returns trigger language plpgsql as $$
begin
  if jsonb_typeof(new.payload -> 'outputs') = 'array' then
    new.payload := jsonb_set(new.payload, '{outputs}',
      (select coalesce(jsonb_agg(o - 'sealed' order by n), '[]'::jsonb)
         from jsonb_array_elements(new.payload -> 'outputs') with ordinality as e(o, n)));
  end if;
  return new;
end $$;

create trigger outbox_unseal before insert or update of status on outbox
  for each row when (new.status in ('sent', 'dead')) execute function waypoint_outbox_unseal();
