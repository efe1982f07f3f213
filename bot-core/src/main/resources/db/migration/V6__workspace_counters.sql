-- Deal and lead numbers are taken from a row of their own. Taken on the workspace row, a new
-- deal's number held that row's exclusive lock while every other write of the workspace checked
-- its foreign key against it (a shared lock): a new deal and a stage change, each also holding a
-- roll-up row the other needed, deadlocked (BENCHMARKS.md, commands under load). No foreign key
-- here, for the same reason; the row is created with its workspace.
CREATE TABLE workspace_counter (
    workspace_id      BIGINT NOT NULL PRIMARY KEY,
    last_deal_number  INT    NOT NULL DEFAULT 0,
    last_lead_number  INT    NOT NULL DEFAULT 0
);

INSERT INTO workspace_counter (workspace_id, last_deal_number, last_lead_number)
SELECT id, last_deal_number, last_lead_number FROM workspace;

ALTER TABLE workspace DROP COLUMN last_deal_number, DROP COLUMN last_lead_number;
