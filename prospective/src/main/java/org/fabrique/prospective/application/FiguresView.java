package org.fabrique.prospective.application;

import java.util.Map;
import org.fabrique.core.domain.PersonCategory;

/** Distinct people by category over some workshops, computed from memberships. */
public record FiguresView(long electedOfficials, long deputyGeneralDirectors, long directors, long resourcePeople,
        long cabinetAdvisers, long externalExperts, long poleStaff, long civilSocietyRepresentatives, long total) {

    /** The figures of these counts; the total is their sum, each person having one category. */
    static FiguresView of(java.util.Map<PersonCategory, Long> counts) {
        java.util.function.ToLongFunction<PersonCategory> c = category -> counts.getOrDefault(category, 0L);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new FiguresView(c.applyAsLong(PersonCategory.ELECTED_OFFICIAL),
                c.applyAsLong(PersonCategory.DEPUTY_GENERAL_DIRECTOR), c.applyAsLong(PersonCategory.DIRECTOR),
                c.applyAsLong(PersonCategory.RESOURCE_PERSON), c.applyAsLong(PersonCategory.CABINET_ADVISER),
                c.applyAsLong(PersonCategory.EXTERNAL_EXPERT), c.applyAsLong(PersonCategory.POLE_STAFF),
                c.applyAsLong(PersonCategory.CIVIL_SOCIETY_REPRESENTATIVE), total);
    }
}
