package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.RecordAction;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopIssue;

/**
 * The issues a workshop's group fixes and ranks, the resources it draws on, and the cross-reading of
 * every workshop by marker. What the group works on is not confidential (what is said about it is):
 * any account reads them; the pôle records them.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class IssueService {

    /**
     * An issue, with what the caller may do with it now ({@code actions}): listed with its workshop's issues; the
     * cross-reading by marker, which acts on none, lists none.
     */
    public record IssueView(long id, long workshopId, String workshopTitle, String title, String description,
            Integer rank, List<Marker> markers, String tension, long version, Set<RecordAction> actions) {

        public IssueView {
            markers = List.copyOf(markers);
            actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        }

        static IssueView of(WorkshopIssue i, Set<RecordAction> actions) {
            return new IssueView(i.getId(), i.getWorkshop().getId(), i.getWorkshop().getTitle(), i.getTitle(),
                    i.getDescription(), i.getRank(), List.copyOf(i.getMarkers()), i.getTension(), i.getVersion(), actions);
        }

        static IssueView of(WorkshopIssue i) {
            return of(i, Set.of());
        }

        public boolean mayCorrect() {
            return actions.contains(RecordAction.CORRECT);
        }

        public boolean mayDelete() {
            return actions.contains(RecordAction.DELETE);
        }
    }

    @Inject
    IssueRepository issues;

    @Inject
    WorkshopAccess access;

    @Inject
    AccountService accounts;

    /**
     * A workshop's issues, ranked ones first; the pôle may correct each, and delete one out of the ranking that no
     * resource informs.
     */
    public List<IssueView> issues(long workshopId) {
        access.load(workshopId);
        List<WorkshopIssue> all = issues.ofWorkshop(workshopId);
        if (accounts.me().role() != Role.POLE) {
            return all.stream().map(IssueView::of).toList();
        }
        Set<Long> informed = all.isEmpty() ? Set.of() : issues.informedIssueIds(workshopId);
        return all.stream().map(i -> IssueView.of(i, i.getRank() == null && !informed.contains(i.getId())
                ? EnumSet.allOf(RecordAction.class) : EnumSet.of(RecordAction.CORRECT))).toList();
    }

    @RolesAllowed(Roles.POLE)
    public IssueView record(long workshopId, String title, String description, Collection<Marker> markers, String tension) {
        Workshop workshop = access.load(workshopId);
        return IssueView.of(issues.store(new WorkshopIssue(workshop, title, description, markers, tension)),
                EnumSet.allOf(RecordAction.class));
    }

    /** @throws RecordNotFound when the issue is not one of this workshop's */
    @RolesAllowed(Roles.POLE)
    public IssueView revise(long workshopId, long issueId, Long expectedVersion, String title, String description,
            Collection<Marker> markers, String tension) {
        WorkshopIssue issue = issueOf(workshopId, issueId);
        ExpectedVersion.require(expectedVersion, issue.getVersion());
        issue.describe(title, description, markers, tension);
        WorkshopIssue revised = issues.store(issue);
        return IssueView.of(revised, revised.getRank() == null && !issues.informedByResources(issueId)
                ? EnumSet.allOf(RecordAction.class) : EnumSet.of(RecordAction.CORRECT));
    }

    /**
     * Deletes an issue recorded by mistake, while nothing depends on it.
     *
     * @throws RecordNotFound when the issue is not one of this workshop's
     * @throws StateConflict {@code prospective.issue.ranked} while it is in the group's ranking,
     *                       {@code prospective.issue.informed} while a resource is kept as informing it
     */
    @RolesAllowed(Roles.POLE)
    public void delete(long workshopId, long issueId) {
        WorkshopIssue issue = issueOf(workshopId, issueId);
        if (issue.getRank() != null) {
            throw new StateConflict("prospective.issue.ranked");
        }
        if (issues.informedByResources(issueId)) {
            throw new StateConflict("prospective.issue.informed");
        }
        issues.remove(issue);
    }

    /** One issue's place in the group's ranking (null: out of it), on the version of the issue the caller read. */
    public record Ranked(long issueId, Integer rank, Long version) {
    }

    /**
     * The group's ranking: each listed issue gets its rank (1 first) or, with none, leaves the ranking; the
     * issues not listed leave it too. Ranks must be distinct; how many are ranked is checked when the
     * exploratory sequence closes (5 to 10). Each listed issue carries the version read: listing every issue
     * (those out of the ranking with no rank) makes sure no change made since is undone.
     *
     * @throws InvalidInput {@code ranks}: an issue of another workshop or listed twice, or a rank used twice;
     *                      {@code version}: an issue listed without its version
     * @throws org.fabrique.core.domain.StateConflict {@code record.stale}: a listed issue changed since it was read
     */
    @RolesAllowed(Roles.POLE)
    public List<IssueView> rank(long workshopId, List<Ranked> ranking) {
        access.load(workshopId);
        List<WorkshopIssue> all = issues.ofWorkshop(workshopId);
        Map<Long, Ranked> listed = new HashMap<>();
        for (Ranked entry : ranking) {
            if (listed.put(entry.issueId(), entry) != null) {
                throw new InvalidInput("ranks", "prospective.issues.listedTwice");
            }
        }
        HashSet<Long> own = new HashSet<>(all.stream().map(WorkshopIssue::getId).toList());
        if (!own.containsAll(listed.keySet())) {
            throw new InvalidInput("ranks", "prospective.issues.otherWorkshop");
        }
        List<Integer> ranks = ranking.stream().map(Ranked::rank).filter(Objects::nonNull).toList();
        if (new HashSet<>(ranks).size() != ranks.size() || ranks.stream().anyMatch(r -> r < 1)) {
            throw new InvalidInput("ranks", "prospective.issues.rankTwice");
        }
        for (WorkshopIssue issue : all) {
            Ranked entry = listed.get(issue.getId());
            if (entry != null) {
                ExpectedVersion.require(entry.version(), issue.getVersion());
            }
        }
        for (WorkshopIssue issue : all) {
            Ranked entry = listed.get(issue.getId());
            issue.rank(entry == null ? null : entry.rank());
            issues.store(issue);
        }
        return issues(workshopId);
    }

    /** How many issues carry each marker, across every workshop. */
    public EnumMap<Marker, Long> markers() {
        return issues.markerCounts();
    }

    /** The cross-reading: every workshop's issues carrying a marker, by workshop then rank. */
    public Page<IssueView> withMarker(Marker marker, PageRequest request) {
        return issues.withMarker(Objects.requireNonNull(marker, "marker is required"), request).map(IssueView::of);
    }

    private WorkshopIssue issueOf(long workshopId, long id) {
        access.load(workshopId);
        return issues.findById(id).filter(i -> Objects.equals(i.getWorkshop().getId(), workshopId))
                .orElseThrow(() -> new RecordNotFound("issue", id));
    }
}
