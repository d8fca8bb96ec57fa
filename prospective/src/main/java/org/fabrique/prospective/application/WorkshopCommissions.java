package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.Workshop;

/**
 * The further work a workshop's reference document commissions in its chapter 5 (conditions of success):
 * an evaluation or a citizen-dialogue project, asked for by the pôle once a version of the document is submitted. The
 * commissions are read with the document, by the members and the pôle; the records they created show
 * where they come from to anyone who may see them.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class WorkshopCommissions {

    @Inject
    WorkshopAccess access;

    @Inject
    DocumentRepository documents;

    @Inject
    CommissionService commissions;


    public List<CommissionView> list(long workshopId) {
        access.insiderOnly(workshopId);
        return commissions.fromOrigin(origin(workshopId));
    }

    /**
     * Commissions an evaluation or a candidate project from the workshop's chapter 5; the public policy is the
     * workshop's unless the order names another.
     *
     * @throws StateConflict {@code commission.noDocument} before a version of the reference document is submitted
     */
    @RolesAllowed(Roles.POLE)
    public CommissionView commission(long workshopId, CommissionOrder order) {
        Workshop workshop = access.insiderOnly(workshopId);
        if (!hasDocument(workshopId)) {
            throw new StateConflict("commission.noDocument");
        }
        CommissionOrder withPolicy = order == null ? null : order.withDefaultPolicy(workshop.getPolicyId());
        return commissions.commission(origin(workshopId), workshop.getTitle(), withPolicy);
    }

    /** Whether the caller may commission further work now: the pôle, once a version of the document is submitted. */
    public boolean mayCommission(long workshopId) {
        access.load(workshopId);
        return access.isPole() && hasDocument(workshopId);
    }

    private boolean hasDocument(long workshopId) {
        return documents.ofWorkshop(workshopId).flatMap(d -> d.latest()).isPresent();
    }

    private static ResourceRef origin(long workshopId) {
        return new ResourceRef(ResourceKind.WORKSHOP, workshopId);
    }
}
