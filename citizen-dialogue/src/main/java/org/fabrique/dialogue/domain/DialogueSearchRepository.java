package org.fabrique.dialogue.domain;

import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchQuery;

/** The citizen-dialogue records whose text matches a search, one page at a time, the best matches first. */
public interface DialogueSearchRepository {

    /** Programmes by year when the query names years (e.g. 2026), otherwise by validation justification; latest first. */
    Page<Programme> programmes(SearchQuery query, PageRequest request);

    /** Candidates by title, summary, stakes and levers; only one directorate's when {@code directorateId} is set. */
    Page<CandidateProject> candidates(SearchQuery query, Long directorateId, PageRequest request);

    /** Recommendations by text and answer; only one directorate's when {@code directorateId} is set. */
    Page<Recommendation> recommendations(SearchQuery query, Long directorateId, PageRequest request);
}
