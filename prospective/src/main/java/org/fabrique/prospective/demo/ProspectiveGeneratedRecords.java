package org.fabrique.prospective.demo;

import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopInput;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * Where the generated workshops' records go: the module's repositories when the start-up generates, a list in
 * memory when a test walks through the steps. Each new record is stored once, when built; what changes afterwards
 * is written with the transaction.
 */
interface ProspectiveGeneratedRecords {

    Workshop store(Workshop workshop);

    WorkshopSession store(WorkshopSession session);

    WorkshopIssue store(WorkshopIssue issue);

    WorkshopInput store(WorkshopInput input);

    ReferenceDocument store(ReferenceDocument document);

    Amendment store(Amendment amendment);

    PlannedAction store(PlannedAction action);

    RecommendationMarkers store(RecommendationMarkers markers);

    /** The id of a workshop stored here. */
    long idOf(Workshop workshop);
}
