package org.fabrique.evaluation.domain;

import java.util.List;
import java.util.Optional;

/** Where indicators and their measurements are kept. */
public interface IndicatorRepository {

    Optional<Indicator> findById(long id);

    /** An evaluation's indicators by name, measurements loaded, in one statement. */
    List<Indicator> ofEvaluation(long evaluationId);

    Indicator store(Indicator indicator);

    /** Deletes an indicator defined by mistake. */
    void remove(Indicator indicator);
}
