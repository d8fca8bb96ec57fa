-- The pôle corrects a recommendation's text or the directorate that answers it, with a reason; the history
-- keeps the three. The audit rows written so far get the values of the recommendation itself, which could not
-- change until now.
alter table dialogue_recommendation add column correction_reason varchar(1000);

alter table dialogue_recommendation_aud add column text varchar(4000);
alter table dialogue_recommendation_aud add column directorate_id bigint;
alter table dialogue_recommendation_aud add column correction_reason varchar(1000);

update dialogue_recommendation_aud set
    text = (select r.text from dialogue_recommendation r where r.id = dialogue_recommendation_aud.id),
    directorate_id = (select r.directorate_id from dialogue_recommendation r where r.id = dialogue_recommendation_aud.id);
