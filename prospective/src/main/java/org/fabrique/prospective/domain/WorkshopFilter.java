package org.fabrique.prospective.domain;

import java.util.Set;

/**
 * Which workshops to list; every criterion left null lets all through.
 *
 * @param cycleId only those of this cycle
 * @param status only those at this step
 * @param kind only those of this kind (public policy or major issue)
 * @param policyId only those on this public policy
 * @param text found in the title, whatever the case
 */
public record WorkshopFilter(Long cycleId, WorkshopStatus status, WorkshopKind kind, Long policyId, String text) {

    /** The fields a list of workshops sorts by, then by cycle and title. */
    public static final Set<String> SORT_FIELDS = Set.of("title", "status", "start", "cycle");

    public WorkshopFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** One cycle's workshops, or every cycle's when null. */
    public static WorkshopFilter ofCycle(Long cycleId) {
        return new WorkshopFilter(cycleId, null, null, null, null);
    }

    /** Whether a criterion narrows the list. */
    public boolean narrows() {
        return cycleId != null || status != null || kind != null || policyId != null || text != null;
    }
}
