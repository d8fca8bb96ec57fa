package org.fabrique.dialogue.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.TerritorialScale;

/**
 * What a directorate writes about a candidate project, all of it editable while the candidate is a
 * draft. Only the title is required here; what a submission further requires is
 * {@link #missingForSubmission()}. Texts are stripped, and optional ones left blank become null.
 *
 * @param title              required, at most 200 characters
 * @param summary            at most 4000 characters
 * @param policyId           the public policy the project serves
 * @param sponsorPersonId    the elected official who carries the project (<i>portage politique</i>)
 * @param scale              the territory the project applies to
 * @param neighbourhoodId    which neighbourhood, only when {@code scale} is {@code NEIGHBOURHOOD}
 * @param stakes             why the stakes are high, strategic or prospective; at most 4000 characters
 * @param levers             the levers of action the city really has; at most 4000 characters
 * @param participationLevel how far citizens will take part
 * @param methods            the proposed participation methods, never null (null reads as none)
 * @param publics            the publics to involve; at most 2000 characters
 * @param calendar           at most 2000 characters
 * @param budget             in euros, 0 or more with at most 2 decimals, below ten billion
 */
public record CandidateDraft(String title, String summary, Long policyId, Long sponsorPersonId,
        TerritorialScale scale, Long neighbourhoodId, String stakes, String levers,
        ParticipationLevel participationLevel, Set<ParticipationMethod> methods, String publics, String calendar,
        BigDecimal budget) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int LONG_TEXT_MAX_LENGTH = 4000;
    public static final int SHORT_TEXT_MAX_LENGTH = 2000;
    /** Budgets are below ten billion euros (numeric(12, 2)). */
    public static final BigDecimal BUDGET_LIMIT = new BigDecimal("10000000000");

    public CandidateDraft {
        title = Invariants.requiredText(title, "title", TITLE_MAX_LENGTH);
        summary = Invariants.optionalText(summary, "summary", LONG_TEXT_MAX_LENGTH);
        policyId = Invariants.optionalId(policyId, "policyId");
        sponsorPersonId = Invariants.optionalId(sponsorPersonId, "sponsorPersonId");
        neighbourhoodId = Invariants.optionalId(neighbourhoodId, "neighbourhoodId");
        if (neighbourhoodId != null && scale != TerritorialScale.NEIGHBOURHOOD) {
            throw new IllegalArgumentException("neighbourhoodId must be empty unless scale is NEIGHBOURHOOD");
        }
        stakes = Invariants.optionalText(stakes, "stakes", LONG_TEXT_MAX_LENGTH);
        levers = Invariants.optionalText(levers, "levers", LONG_TEXT_MAX_LENGTH);
        methods = methods == null || methods.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ParticipationMethod.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(methods));
        publics = Invariants.optionalText(publics, "publics", SHORT_TEXT_MAX_LENGTH);
        calendar = Invariants.optionalText(calendar, "calendar", SHORT_TEXT_MAX_LENGTH);
        budget = validBudget(budget);
    }

    /**
     * The fields a submission requires that this draft leaves empty, in form order: {@code policyId},
     * {@code scale}, {@code neighbourhoodId} (at neighbourhood scale), {@code stakes}, {@code levers},
     * {@code participationLevel}, {@code methods}. Empty when the draft can be submitted.
     */
    public Set<String> missingForSubmission() {
        Set<String> missing = new LinkedHashSet<>();
        if (policyId == null) {
            missing.add("policyId");
        }
        if (scale == null) {
            missing.add("scale");
        }
        if (scale == TerritorialScale.NEIGHBOURHOOD && neighbourhoodId == null) {
            missing.add("neighbourhoodId");
        }
        if (stakes == null) {
            missing.add("stakes");
        }
        if (levers == null) {
            missing.add("levers");
        }
        if (participationLevel == null) {
            missing.add("participationLevel");
        }
        if (methods.isEmpty()) {
            missing.add("methods");
        }
        return Collections.unmodifiableSet(missing);
    }

    /** Whether a submission would find every field it requires. */
    public boolean isCompleteForSubmission() {
        return missingForSubmission().isEmpty();
    }

    private static BigDecimal validBudget(BigDecimal budget) {
        if (budget == null) {
            return null;
        }
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("budget must be 0 or more, got " + budget.toPlainString());
        }
        if (budget.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("budget must have at most 2 decimals, got " + budget.toPlainString());
        }
        if (budget.compareTo(BUDGET_LIMIT) >= 0) {
            throw new IllegalArgumentException("budget must be below " + BUDGET_LIMIT.toPlainString() + " euros");
        }
        return budget.setScale(2);
    }
}
