-- case_number_next runs with its owner's rights (security definer). With pg_temp absent from its search path,
-- PostgreSQL searches the caller's temporary schema first, so a session that may create temporary tables (the
-- runtime role may) could plant a same-named object there and have it used with the owner's rights. pg_temp
-- named last closes that, as the statistics functions of V3.4 already do.
alter function case_number_next(text, integer) set search_path = public, pg_temp;
