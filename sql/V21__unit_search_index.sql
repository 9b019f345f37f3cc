-- The administrator's unit search and a bureau's enabled units are counted over the bureau's units: with the names in
-- the index the count reads the index range of the bureau instead of every row of org_unit.
-- Valid on MySQL 8, MariaDB 10.6+ and H2 in MODE=MySQL.
CREATE INDEX ix_org_unit_search ON org_unit (parent_id, enabled, name, short_name);
