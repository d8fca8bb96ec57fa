package org.fabrique.prospective.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * A workshop as anyone may know it (its existence is not confidential), with what the caller may do on it
 * now ({@code actions}).
 */
public record WorkshopView(long id, String title, WorkshopKind kind, Long policyId, long cycleId, String cycleName,
        TerritorialScale scale, WorkshopStatus status, long presidentId, LocalDate start, LocalDate end,
        String contract, String organisingCommittee, String externalFirm, boolean synthesisPublished,
        long version, Set<WorkshopAction> actions) {
    public WorkshopView {
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    static WorkshopView of(Workshop w, Set<WorkshopAction> actions) {
        return new WorkshopView(w.getId(), w.getTitle(), w.getKind(), w.getPolicyId(), w.getCycle().getId(),
                w.getCycle().getName(), w.getScale(), w.getStatus(), w.getPresidentPersonId(), w.getStart(),
                w.getEnd(), w.getContract(), w.getOrganisingCommittee(), w.getExternalFirm(),
                w.getSynthesisPublishedAt() != null, w.getVersion(), actions);
    }

    /** Whether the caller may do this on the workshop now. */
    public boolean may(WorkshopAction action) {
        return actions.contains(action);
    }
}
