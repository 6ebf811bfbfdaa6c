-- Dashboard and API reads (issue #8), so that a tenant with tens of thousands of findings is
-- served from indexes instead of table scans:
-- findings pages ordered by `since` (newest first, key as tie-break), with or without a status;
CREATE INDEX IF NOT EXISTS findings_by_since ON findings (tenant_id, since, key);
CREATE INDEX IF NOT EXISTS findings_by_status_since ON findings (tenant_id, status, since, key);
-- the weekly trend (a few types over a date range, counted from the index alone);
CREATE INDEX IF NOT EXISTS findings_by_type_since ON findings (tenant_id, type, since);
-- open findings by type and severity (counted from the index alone);
CREATE INDEX IF NOT EXISTS findings_open_counts ON findings (tenant_id, status, type, severity);
-- the role filter menu.
CREATE INDEX IF NOT EXISTS findings_by_role ON findings (tenant_id, role);
