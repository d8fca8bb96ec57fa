-- The stamp of the search index that was in step with this database when Fabrique last stopped cleanly: the
-- same random value is written here and beside the index (fabrique-index.properties in FABRIQUE_INDEX_DIR).
-- At the next start the index is kept only if both still agree: a restored, replaced or other database, an index
-- left by a crash (the file is removed at each start) or a changed mapping make the start rebuild it.
create table search_index_stamp (
    id     int         not null primary key,
    stamp  varchar(64) not null
);
