package org.fabrique.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.CommissionRepository;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.events.CandidateProjectCommissioned;
import org.fabrique.core.events.EvaluationCommissioned;

/**
 * Where the missions meet when one commissions work from another. The origin's module checks its own
 * record and who may commission from it, then calls {@link #commission}: the commission is kept, its
 * event fired, and the module that observes it creates the record and calls {@link #fulfil}, all in one
 * transaction, so a commission never exists without the record it asked for. Reading the links is for
 * any account: each end's module decides first whether its caller may see its record.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class CommissionService {

    @Inject
    CommissionRepository commissions;

    @Inject
    DirectorateRepository directorates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    @Inject
    Event<EvaluationCommissioned> evaluationCommissioned;

    @Inject
    Event<CandidateProjectCommissioned> candidateCommissioned;

    /**
     * Commissions an evaluation or a candidate project from {@code origin}, by the pôle.
     *
     * @throws InvalidInput naming {@code kind}, {@code title}, {@code brief}, {@code directorateId} or
     *                      {@code policyId} when the order is incomplete or names an unknown record
     */
    @RolesAllowed(Roles.POLE)
    public CommissionView commission(ResourceRef origin, String originLabel, CommissionOrder order) {
        return commissionFor(accounts.me().username(), origin, originLabel, order);
    }

    /**
     * Commissions as {@link #commission} does, for the pôle account {@code requestedBy} when nobody is signed in:
     * the demo and the data generator, which run as the pôle at start-up. Never called from a request.
     */
    @RolesAllowed(Roles.POLE)
    public CommissionView commissionFor(String requestedBy, ResourceRef origin, String originLabel,
            CommissionOrder order) {
        Commission commission = commissions.store(new Commission(check(order), origin, originLabel,
                order.title(), order.brief(), order.directorateId(), order.policyId(), requestedBy, clock.now()));
        long id = commission.getId();
        if (order.kind() == CommissionKind.EVALUATION) {
            evaluationCommissioned.fire(new EvaluationCommissioned(id, origin, commission.getOriginLabel(),
                    commission.getTitle(), commission.getBrief(), order.policyId(), commission.getRequestedBy(),
                    commission.getRequestedAt()));
        } else {
            candidateCommissioned.fire(new CandidateProjectCommissioned(id, origin, commission.getOriginLabel(),
                    commission.getTitle(), commission.getBrief(), order.directorateId(), order.policyId(),
                    commission.getRequestedBy(), commission.getRequestedAt()));
        }
        Commission done = commissions.findById(id).orElseThrow();
        if (!done.isFulfilled()) {
            throw new IllegalStateException("no module created the " + order.kind() + " of commission " + id);
        }
        return CommissionView.of(done);
    }

    /** Called by the module that observed the event, once it has created the commissioned record. */
    public void fulfil(long commissionId, ResourceRef created) {
        Commission commission = commissions.findById(commissionId)
                .orElseThrow(() -> new RecordNotFound("commission", commissionId));
        commission.fulfil(created);
        commissions.store(commission);
    }

    /**
     * One commission, which shows the title, brief and directorate of what it asked for: the pôle and the
     * elected officials read any; a directorate only one addressed to it (another is not found); a
     * participant none (403). The lists of a record's commissions are shown by its own module's pages,
     * which decide first whether their caller may see the record.
     */
    public CommissionView find(long id) {
        Commission commission = commissions.findById(id).orElseThrow(() -> new RecordNotFound("commission", id));
        Caller caller = accounts.me();
        switch (caller.role()) {
            case POLE, ELECTED -> {
                // every commission
            }
            case DIRECTORATE -> {
                if (caller.directorateId() == null || !caller.directorateId().equals(commission.getDirectorateId())) {
                    throw new RecordNotFound("commission", id);
                }
            }
            default -> throw new NotAllowed("a participant reads no commission");
        }
        return CommissionView.of(commission);
    }

    /** What this record commissioned, oldest first. */
    public List<CommissionView> fromOrigin(ResourceRef origin) {
        return commissions.fromOrigin(origin).stream().map(CommissionView::of).toList();
    }

    /** What these records of one kind commissioned, in one query. */
    public List<CommissionView> fromOrigins(ResourceKind kind, Collection<Long> ids) {
        return commissions.fromOrigins(kind, ids).stream().map(CommissionView::of).toList();
    }

    /** The commission that created this record, if any. */
    public Optional<CommissionView> ofTarget(ResourceRef target) {
        return commissions.ofTarget(target).map(CommissionView::of);
    }

    private CommissionKind check(CommissionOrder order) {
        if (order == null || order.kind() == null) {
            throw new InvalidInput("kind", "commission.kind.required");
        }
        if (order.title() == null || order.title().isBlank()) {
            throw new InvalidInput("title", "commission.title.required");
        }
        if (order.title().strip().length() > Commission.TITLE_MAX_LENGTH) {
            throw new InvalidInput("title", "commission.title.tooLong");
        }
        if (order.brief() != null && order.brief().strip().length() > Commission.BRIEF_MAX_LENGTH) {
            throw new InvalidInput("brief", "commission.brief.tooLong");
        }
        if (order.kind() == CommissionKind.CANDIDATE_PROJECT) {
            if (order.directorateId() == null) {
                throw new InvalidInput("directorateId", "commission.directorate.required");
            }
            if (directorates.findById(order.directorateId()).isEmpty()) {
                throw new InvalidInput("directorateId", "commission.directorate.unknown");
            }
        }
        if (order.policyId() != null && policies.findById(order.policyId()).isEmpty()) {
            throw new InvalidInput("policyId", "commission.policy.unknown");
        }
        return order.kind();
    }
}
