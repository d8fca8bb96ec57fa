package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.RecordSearch;
import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationSearchRepository;
import org.fabrique.evaluation.domain.EvaluativeQuestion;

/**
 * Searches the evaluations for any account, in what every account reads of them (title, object, summary,
 * their questions and findings);
 * interviews and quotes, restricted by {@link EvaluationAccess}, are never searched.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationSearchService implements RecordSearch {

    public static final SearchKind EVALUATION = new SearchKind("EVALUATION", 50, "/evaluation/evaluation.xhtml");

    @Inject
    EvaluationSearchRepository search;

    @Override
    public List<SearchKind> kinds() {
        return List.of(EVALUATION);
    }

    @Override
    public Page<SearchHit> find(SearchKind kind, SearchQuery query, PageRequest request) {
        if (!kind.equals(EVALUATION)) {
            return Page.of(List.of(), request, 0);
        }
        Page<Evaluation> found = search.evaluations(query, request);
        Map<Long, List<String>> questionTexts = new HashMap<>();
        for (EvaluativeQuestion q : search.matchingQuestions(query, found.items().stream().map(Evaluation::getId).toList())) {
            List<String> texts = questionTexts.computeIfAbsent(q.getEvaluationId(), id -> new ArrayList<>());
            texts.add(q.getFinding());
            texts.add(q.getText());
        }
        return found.map(e -> {
            List<String> texts = new ArrayList<>();
            texts.add(e.getSummary());
            texts.add(e.getObjectDescription());
            texts.addAll(questionTexts.getOrDefault(e.getId(), List.of()));
            texts.add(e.getTitle());
            return SearchHit.of(EVALUATION, e.getId(), e.getId(), e.getTitle(), query, texts.toArray(String[]::new));
        });
    }
}
