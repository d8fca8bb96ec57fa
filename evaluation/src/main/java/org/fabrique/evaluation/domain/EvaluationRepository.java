package org.fabrique.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Where evaluations and their yearly programmes are kept. */
public interface EvaluationRepository {

    Optional<Evaluation> findById(long id);

    /** The evaluation that answers a cross-module commissioning, if it was already created. */
    Optional<Evaluation> findByCommission(long commissionId);

    /**
     * One page of the evaluations the filter lets through, in the order of the sort keys (fields of
     * {@link EvaluationFilter#SORT_FIELDS}) then latest programme first and by title, programme loaded; two statements.
     */
    Page<Evaluation> page(EvaluationFilter filter, List<SortKey> sort, PageRequest request);

    /** One page of the evaluations whose report is published, latest publication first, programme loaded. */
    Page<Evaluation> publishedReports(PageRequest request);

    /** The evaluations not yet following their recommendations up, the latest programme first, by title; at most {@code limit}. */
    List<Evaluation> inProgress(int limit);

    /** The titles of these evaluations, by id, in one statement. */
    Map<Long, String> titles(Collection<Long> ids);

    Evaluation store(Evaluation evaluation);

    Optional<EvaluationProgramme> programmeOfYear(int year);

    /** Every programme (one a year), latest first. */
    List<EvaluationProgramme> programmes();

    EvaluationProgramme store(EvaluationProgramme programme);
}
