-- The history of dialogue sessions, workshop issues and resources and evaluation indicators, which the pôle may now
-- correct and delete. Records that exist already get a baseline revision (author '#baseline', never shown): the state the
-- next change is compared with.

create table dialogue_session_aud (
    id            bigint        not null,
    rev           bigint        not null,
    rev_type      smallint,
    project_id    bigint,
    session_date  date,
    place         varchar(200),
    method        varchar(40),
    session_group varchar(20),
    participants  integer,
    themes        varchar(4000),
    outputs       varchar(4000),
    constraint pk_dialogue_session_aud primary key (id, rev),
    constraint fk_dialogue_session_aud_rev foreign key (rev) references history_revision (id)
);
create index ix_dialogue_session_aud_project on dialogue_session_aud (project_id);

create table prospective_issue_aud (
    id          bigint        not null,
    rev         bigint        not null,
    rev_type    smallint,
    workshop_id bigint,
    title       varchar(200),
    description varchar(4000),
    issue_rank  integer,
    tension     varchar(1000),
    constraint pk_prospective_issue_aud primary key (id, rev),
    constraint fk_prospective_issue_aud_rev foreign key (rev) references history_revision (id)
);
create index ix_prospective_issue_aud_workshop on prospective_issue_aud (workshop_id);

create table prospective_resource_aud (
    id            bigint        not null,
    rev           bigint        not null,
    rev_type      smallint,
    workshop_id   bigint,
    type          varchar(20),
    title         varchar(200),
    source        varchar(200),
    organisation  varchar(200),
    content       varchar(4000),
    lesson        varchar(4000),
    resource_date date,
    constraint pk_prospective_resource_aud primary key (id, rev),
    constraint fk_prospective_resource_aud_rev foreign key (rev) references history_revision (id)
);
create index ix_prospective_resource_aud_workshop on prospective_resource_aud (workshop_id);

create table evaluation_indicator_aud (
    id            bigint          not null,
    rev           bigint          not null,
    rev_type      smallint,
    evaluation_id bigint,
    name          varchar(200),
    unit          varchar(40),
    baseline      numeric(19, 4),
    target        numeric(19, 4),
    source        varchar(200),
    constraint pk_evaluation_indicator_aud primary key (id, rev),
    constraint fk_evaluation_indicator_aud_rev foreign key (rev) references history_revision (id)
);
create index ix_evaluation_indicator_aud_evaluation on evaluation_indicator_aud (evaluation_id);

insert into history_revision (changed_at, username)
    select 0, '#baseline' from (select 1 as one) baseline
    where exists (select 1 from dialogue_session) or exists (select 1 from prospective_issue)
       or exists (select 1 from prospective_resource) or exists (select 1 from evaluation_indicator);

insert into dialogue_session_aud (id, rev, rev_type, project_id, session_date, place, method, session_group,
        participants, themes, outputs)
    select s.id, (select max(r.id) from history_revision r where r.username = '#baseline'), 0, s.project_id,
           s.session_date, s.place, s.method, s.session_group, s.participants, s.themes, s.outputs
    from dialogue_session s;

insert into prospective_issue_aud (id, rev, rev_type, workshop_id, title, description, issue_rank, tension)
    select i.id, (select max(r.id) from history_revision r where r.username = '#baseline'), 0, i.workshop_id,
           i.title, i.description, i.issue_rank, i.tension
    from prospective_issue i;

insert into prospective_resource_aud (id, rev, rev_type, workshop_id, type, title, source, organisation, content,
        lesson, resource_date)
    select r.id, (select max(h.id) from history_revision h where h.username = '#baseline'), 0, r.workshop_id,
           r.type, r.title, r.source, r.organisation, r.content, r.lesson, r.resource_date
    from prospective_resource r;

insert into evaluation_indicator_aud (id, rev, rev_type, evaluation_id, name, unit, baseline, target, source)
    select i.id, (select max(h.id) from history_revision h where h.username = '#baseline'), 0, i.evaluation_id,
           i.name, i.unit, i.baseline, i.target, i.source
    from evaluation_indicator i;
