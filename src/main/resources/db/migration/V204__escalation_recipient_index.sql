-- "Escalated to me" looks deadlines up by the person an escalation step went to.
create index clocks_escalation_recipient_idx on clocks_escalation (recipient_user_id);
