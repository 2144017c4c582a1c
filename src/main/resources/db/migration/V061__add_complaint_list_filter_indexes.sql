-- The complaint list filters by one of these and shows the newest first: each index gives the
-- page's ids in order from the index alone (ix_complaint_department_status_received does the
-- same for the status). Without them the list reads the department's cases newest first and
-- checks each row until a page is full, or counts by reading every case of the department.
CREATE INDEX ix_complaint_department_owner_received ON complaint (department_id, owner_id, received_at, id);
CREATE INDEX ix_complaint_department_priority_received ON complaint (department_id, priority, received_at, id);
CREATE INDEX ix_complaint_department_channel_received ON complaint (department_id, channel, received_at, id);
CREATE INDEX ix_complaint_department_category_received ON complaint (department_id, category_id, received_at, id);
