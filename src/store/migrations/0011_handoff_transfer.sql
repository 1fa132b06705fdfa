-- Passing a handoff on with the person's consent ("tell your story once"). While the claimer's
-- offer waits for the person's yes or no: to whom (`staff:<roster id>` or `coalition:<id>`) and
-- why (what the person was told the new worker can do). Roster ids only, never content. After a
-- yes to a coalition, the handoff waits in line again, offered only to that coalition's workers.
alter table handoffs add column transfer_to text;
alter table handoffs add column transfer_reason text;
alter table handoffs add column offered_coalition text;
alter table handoffs add constraint handoffs_transfer_to_check check (transfer_to is null or transfer_to ~ '^(staff|coalition):[a-z0-9][a-z0-9_.-]*$');
alter table handoffs add constraint handoffs_transfer_reason_check check (transfer_reason is null or transfer_reason in ('language', 'shelter', 'legal', 'health', 'other'));
