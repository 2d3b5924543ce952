-- A designation change's approvals become rows, one per province, in the shape every two-province decision shares
-- (ProvinceApproval: zone changes, catalogue versions, calendar proposals): the database now refuses a province
-- approving the same change twice, as it does for the others. The JSON array they replace is copied over first.

create table park_designation_change_approval (
    change_id   bigint      not null references park_designation_change (id) on delete cascade,
    province    text        not null,
    approver    text        not null,
    approved_at timestamptz not null,
    primary key (change_id, province),
    constraint park_designation_change_approval_province check (province in ('sichuan', 'chongqing'))
);

-- The owner is subject to row-level security too (FORCE); the copy must see every change, so the force is lifted
-- for this transaction only and put back before it commits.
alter table park_designation_change no force row level security;
insert into park_designation_change_approval (change_id, province, approver, approved_at)
select c.id, lower(a ->> 'province'), a ->> 'approver', (a ->> 'at')::timestamptz
from park_designation_change c, jsonb_array_elements(c.approvals) a;
alter table park_designation_change force row level security;
alter table park_designation_change drop column approvals;

-- The approvals follow their change's park: readable when the change is (its park's read policy applies inside the
-- subquery), written only by a caller who may write the park.
alter table park_designation_change_approval enable row level security;
alter table park_designation_change_approval force row level security;
create policy park_designation_change_approval_read on park_designation_change_approval for select
    using (exists (select 1 from park_designation_change c where c.id = change_id));
create policy park_designation_change_approval_insert on park_designation_change_approval for insert
    with check (exists (select 1 from park_designation_change c join park p on p.id = c.park_id
                        where c.id = change_id and jurisdiction_can_write(p.province, p.district, p.zone)));
create policy park_designation_change_approval_update on park_designation_change_approval for update
    using (exists (select 1 from park_designation_change c join park p on p.id = c.park_id
                   where c.id = change_id and jurisdiction_can_write(p.province, p.district, p.zone)));
create policy park_designation_change_approval_delete on park_designation_change_approval for delete
    using (exists (select 1 from park_designation_change c join park p on p.id = c.park_id
                   where c.id = change_id and jurisdiction_can_write(p.province, p.district, p.zone)));
