package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;

/**
 * The cross-reading of the workshops' adopted recommendations (chapter 4): the pôle reads markers and
 * tensions in each; any account reads them by marker across all workshops, as it reads the issues. An
 * adopted recommendation is no longer a draft: it is not confidential.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class RecommendationMarkerService {

    /** A recommendation and what was read in it; {@code version} is 0 until it is first read. */
    public record MarkedRecommendation(long workshopId, String workshopTitle, String recommendation, List<Marker> markers,
            String tension, long version) {
        static MarkedRecommendation of(RecommendationMarkers r) {
            return new MarkedRecommendation(r.getWorkshop().getId(), r.getWorkshop().getTitle(), r.getRecommendation(),
                    List.copyOf(r.getMarkers()), r.getTension(), r.getVersion());
        }
    }

    @Inject
    IssueRepository issues;

    @Inject
    DocumentRepository documents;

    @Inject
    WorkshopAccess access;

    /** The adopted recommendations of a workshop, each with the markers read in it (none yet: an empty list). */
    public List<MarkedRecommendation> recommendations(long workshopId) {
        Workshop workshop = access.load(workshopId);
        Map<String, RecommendationMarkers> tags = issues.recommendationMarkersOf(workshopId).stream()
                .collect(Collectors.toMap(RecommendationMarkers::getRecommendation, Function.identity(), (a, b) -> a));
        return adopted(workshopId).stream()
                .map(text -> tags.containsKey(text) ? MarkedRecommendation.of(tags.get(text))
                        : new MarkedRecommendation(workshopId, workshop.getTitle(), text, List.of(), null, 0))
                .toList();
    }

    /**
     * Reads markers and a tension in an adopted recommendation, replacing what was read before, on the
     * version of the reading the caller saw (0 when none yet).
     *
     * @throws InvalidInput {@code recommendation} when it is not one of the adopted document's; {@code version}
     *                      when none is sent
     * @throws org.fabrique.core.domain.StateConflict {@code record.stale} when it was read again since
     */
    @RolesAllowed(Roles.POLE)
    public MarkedRecommendation tag(long workshopId, String recommendation, Collection<Marker> markers, String tension,
            Long expectedVersion) {
        Workshop workshop = access.load(workshopId);
        List<String> adopted = adopted(workshopId);
        String text = recommendation == null ? null : recommendation.strip();
        if (text == null || !adopted.contains(text)) {
            throw new InvalidInput("recommendation", "prospective.recommendation.notAdopted");
        }
        RecommendationMarkers existing = issues.recommendationMarkersOf(workshopId).stream()
                .filter(r -> r.getRecommendation().equals(text)).findFirst().orElse(null);
        ExpectedVersion.require(expectedVersion, existing == null ? 0 : existing.getVersion());
        RecommendationMarkers tags = existing != null ? existing : new RecommendationMarkers(workshop, text, adopted);
        tags.tag(markers, tension);
        return MarkedRecommendation.of(issues.store(tags));
    }

    /** Every workshop's adopted recommendations carrying a marker, by workshop. */
    public Page<MarkedRecommendation> withMarker(Marker marker, PageRequest request) {
        return issues.recommendationsWithMarker(Objects.requireNonNull(marker, "marker is required"), request)
                .map(MarkedRecommendation::of);
    }

    private List<String> adopted(long workshopId) {
        return documents.ofWorkshop(workshopId).map(ReferenceDocument::adoptedRecommendations).orElse(List.of());
    }
}
