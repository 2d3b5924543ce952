-- Case numbers came from one counter row per province and year, updated inside each submission's transaction:
-- its row lock queued every submission of a province behind the one before until that one committed (the bench:
-- submissions stalled at 200/s with the cores not busy). A sequence per province and year hands numbers out
-- without a lock. As with the counter, a rolled-back submission leaves a gap, never a duplicate. The counter rows
-- stay as they were and seed each year's sequence, so numbering continues where it stood.
create function case_number_next(province_code text, year integer) returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    seq text := format('case_number_%s_%s', province_code, year);
begin
    if province_code !~ '^[0-9]{2}$' or year not between 2000 and 2999 then
        raise exception 'no case numbers for province % in year %', province_code, year using errcode = '22023';
    end if;
    begin
        return nextval(seq);
    exception when undefined_table then
        -- The year's first case in this province: its sequence is created here, continuing the counter.
        begin
            execute format('create sequence %I', seq);
            perform setval(seq, coalesce((select c.last_number from case_number_counter c
                                          where c.province_code = case_number_next.province_code
                                            and c.year = case_number_next.year), 0) + 1, false);
        exception when duplicate_table or unique_violation then
            null;   -- another submission created it at the same moment: use theirs
        end;
        return nextval(seq);
    end;
end $$;
