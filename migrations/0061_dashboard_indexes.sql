-- Dashboard and API reads (issue #8): findings pages ordered by `since` (newest first, key as
-- tie-break) and the weekly trend, without sorting the tenant's whole findings table.
CREATE INDEX IF NOT EXISTS findings_by_since ON findings (tenant_id, since, key);
CREATE INDEX IF NOT EXISTS findings_by_status_since ON findings (tenant_id, status, since, key);
