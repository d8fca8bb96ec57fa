-- The pôle's home page counts the answers still to publish (status ANSWERED, not published) at every visit: without
-- this index the count reads every answered recommendation of every year, thirty thousand in a metropolis's ten
-- years; with it, only the unpublished ones.
create index ix_dialogue_recommendation_publication on dialogue_recommendation (published, status);
