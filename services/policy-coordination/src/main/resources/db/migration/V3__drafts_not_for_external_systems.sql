-- Drafts are the issuing province's internal work: an external system (天府通办, 渝快办) reads a policy once it is
-- published, like the public it serves, and never a draft (issue 14, item 11: they could read their province's
-- drafts). PolicySettingsListener sets app.policy_reads_drafts ('false' for an external system, and when no caller
-- is known: fail closed). Mirrors org.chuanyu.policy.access.PolicyAccess#canRead; versions and approvals follow,
-- their policies reading the policy table through this function.
create or replace function policy_can_read(issuer text, is_joint boolean, state text) returns boolean
language sql stable parallel safe as $$
  select policy_system_scope()
      or (policy_caller_province() <> ''
          and (state <> 'DRAFT'
               or (coalesce(current_setting('app.policy_reads_drafts', true), '') = 'true'
                   and (is_joint or issuer = policy_caller_province()))))
$$;
