-- The administrator's list of users, a page at a time by unit and user name: the index gives that order, so a page
-- reads its twenty rows instead of sorting every user of the province.
-- Valid on MySQL 8, MariaDB 10.6+ and H2 in MODE=MySQL.
CREATE INDEX ix_app_user_unit_name ON app_user (unit_id, username);
