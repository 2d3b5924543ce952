-- Dev only: the databases and roles of tools/platform/postgres.sh (pg_provision), on the dev overlay's PostgreSQL.
-- Each service database <db> has <db>_owner (owns it, runs Flyway) and <db>_app (the service at run time, never an
-- owner, so row-level security applies). Dev passwords equal the role names, as on the local stack; they exist only
-- inside the dev cluster. Runs once, when the data volume is first initialised.
\set ON_ERROR_STOP on

CREATE ROLE parks_owner LOGIN PASSWORD 'parks_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE parks_app LOGIN PASSWORD 'parks_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE projects_owner LOGIN PASSWORD 'projects_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE projects_app LOGIN PASSWORD 'projects_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE policy_coordination_owner LOGIN PASSWORD 'policy_coordination_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE policy_coordination_app LOGIN PASSWORD 'policy_coordination_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE common_handling_owner LOGIN PASSWORD 'common_handling_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE common_handling_app LOGIN PASSWORD 'common_handling_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE notifications_owner LOGIN PASSWORD 'notifications_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE notifications_app LOGIN PASSWORD 'notifications_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
-- Keycloak's own store.
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak' NOSUPERUSER NOCREATEDB NOCREATEROLE;

CREATE DATABASE parks OWNER parks_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE projects OWNER projects_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE policy_coordination OWNER policy_coordination_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE common_handling OWNER common_handling_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE notifications OWNER notifications_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;

-- Whatever the owner creates, the runtime role may use (but never owns: RLS stays in force).
\connect parks
REVOKE ALL ON DATABASE parks FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE parks TO parks_app;
GRANT USAGE ON SCHEMA public TO parks_app;
ALTER DEFAULT PRIVILEGES FOR ROLE parks_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO parks_app;
ALTER DEFAULT PRIVILEGES FOR ROLE parks_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO parks_app;
ALTER DEFAULT PRIVILEGES FOR ROLE parks_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO parks_app;

\connect projects
REVOKE ALL ON DATABASE projects FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE projects TO projects_app;
GRANT USAGE ON SCHEMA public TO projects_app;
ALTER DEFAULT PRIVILEGES FOR ROLE projects_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO projects_app;
ALTER DEFAULT PRIVILEGES FOR ROLE projects_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO projects_app;
ALTER DEFAULT PRIVILEGES FOR ROLE projects_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO projects_app;

\connect policy_coordination
REVOKE ALL ON DATABASE policy_coordination FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE policy_coordination TO policy_coordination_app;
GRANT USAGE ON SCHEMA public TO policy_coordination_app;
ALTER DEFAULT PRIVILEGES FOR ROLE policy_coordination_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO policy_coordination_app;
ALTER DEFAULT PRIVILEGES FOR ROLE policy_coordination_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO policy_coordination_app;
ALTER DEFAULT PRIVILEGES FOR ROLE policy_coordination_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO policy_coordination_app;

\connect common_handling
REVOKE ALL ON DATABASE common_handling FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE common_handling TO common_handling_app;
GRANT USAGE ON SCHEMA public TO common_handling_app;
ALTER DEFAULT PRIVILEGES FOR ROLE common_handling_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO common_handling_app;
ALTER DEFAULT PRIVILEGES FOR ROLE common_handling_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO common_handling_app;
ALTER DEFAULT PRIVILEGES FOR ROLE common_handling_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO common_handling_app;

\connect notifications
REVOKE ALL ON DATABASE notifications FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE notifications TO notifications_app;
GRANT USAGE ON SCHEMA public TO notifications_app;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO notifications_app;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO notifications_app;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO notifications_app;
