-- A code word that does what it says. Only a salted hash is kept (scrypt, src/privacy/codeword.ts),
-- one per contact, deleted with the contact (ERASE, quick exit). `misses` counts wrong tries on
-- `misses_day` (the coalition's calendar day is not known here: a UTC day).
create table codewords (
  contact_key text primary key references contacts (key) on delete cascade,
  salt bytea not null,
  hash bytea not null,
  misses integer not null default 0,
  misses_day date,
  created_at timestamptz not null
);

-- Sessions written before kept a code word in clear among their variables. It never protected
-- anything (nothing read it), so it is dropped rather than carried over; a person who wants one
-- sets it again.
update sessions set state = state #- '{vars,code_word}' where state -> 'vars' ? 'code_word';

-- The person agreed, at consent, to one neutral notice when a reply waits for them (a flag, no content).
alter table handoffs add column notice boolean not null default false;
