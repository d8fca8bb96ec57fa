-- An evaluation's report made public by the pôle (null while it is not).

alter table evaluation add column report_published_at timestamp with time zone;
