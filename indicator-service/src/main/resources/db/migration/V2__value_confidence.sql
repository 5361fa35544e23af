-- Extractor 2.0.0: every extracted value carries the engine's confidence and a review mark (catalog version 2).
ALTER TABLE indicator_value ADD COLUMN confidence NUMERIC(3, 2);
ALTER TABLE indicator_value ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
