-- A record's current version now carries its own reason, and person_record_version keeps the
-- versions a correction superseded (copied there, with who, when and why, as the correction is
-- written). A new record therefore writes one row instead of two; its history is its current row.
-- Records written before this migration also have their current version in
-- person_record_version; readers take the current row only where the history lacks it
-- (People.versionsOf), and a correction of such a record finds its old version already kept.
-- See docs/adr/0005-current-row-and-history-of-superseded-versions.md.
alter table person_record add column reason text;
