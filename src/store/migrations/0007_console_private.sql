-- Staff consoles (issue 18): the conversation moves from the staff channel's thread to the
-- claimer's private surface (Slack's app DM, the Teams bot's one-to-one chat). Each post is
-- recorded with its kind, so forgetting can delete the private posts and blank the card;
-- a `forget` job carries only the platform's message references and outlives the handoff.
alter table console_posts add column kind text not null default 'card' check (kind in ('card', 'private'));
alter table console_posts add column staff_id text;
alter table console_jobs drop constraint console_jobs_kind_check;
alter table console_jobs add constraint console_jobs_kind_check check (kind in ('notify', 'renotify', 'update', 'thread', 'forget'));
