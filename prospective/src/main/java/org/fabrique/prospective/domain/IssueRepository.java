package org.fabrique.prospective.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Where the workshops' issues and resources are kept. */
public interface IssueRepository {

    Optional<WorkshopIssue> findById(long id);

    /** A workshop's issues: ranked ones first by rank, then the others by title; markers loaded. */
    List<WorkshopIssue> ofWorkshop(long workshopId);

    /** How many distinct ranks the workshop's issues hold. */
    int rankedCount(long workshopId);

    /** One page of the issues carrying a marker across all workshops, by workshop title then rank; workshops loaded. */
    Page<WorkshopIssue> withMarker(Marker marker, PageRequest request);

    /** How many issues carry each marker, across all workshops. */
    EnumMap<Marker, Long> markerCounts();

    WorkshopIssue store(WorkshopIssue issue);

    /** Whether a resource of the workshop is kept as informing this issue. */
    boolean informedByResources(long issueId);

    /** Deletes an issue nothing refers to any more. */
    void remove(WorkshopIssue issue);

    /** The markers read in a workshop's adopted recommendations, with their markers loaded. */
    List<RecommendationMarkers> recommendationMarkersOf(long workshopId);

    /** One page of the adopted recommendations carrying a marker across all workshops, by workshop title; workshops loaded. */
    Page<RecommendationMarkers> recommendationsWithMarker(Marker marker, PageRequest request);

    RecommendationMarkers store(RecommendationMarkers tags);

    Optional<WorkshopInput> findResource(long id);

    /** A workshop's resources by type then date; their linked issues loaded. */
    List<WorkshopInput> resourcesOf(long workshopId);

    WorkshopInput store(WorkshopInput resource);

    /** Deletes a resource recorded by mistake, with its links to issues. */
    void remove(WorkshopInput resource);

    /** The ids of the workshop's issues that a resource informs. */
    Set<Long> informedIssueIds(long workshopId);
}
