-- The pipeline's open part: every open deal of a workspace per stage, read from the index alone.
CREATE INDEX ix_opportunity_open_stage ON opportunity (workspace_id, stage_kind, stage_id, owner_id, estimated_revenue, probability);
