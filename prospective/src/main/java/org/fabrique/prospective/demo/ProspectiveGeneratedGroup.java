package org.fabrique.prospective.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.GeneratedPerson;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.Kind;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.WorkshopKind;

/**
 * The 25 members of a generated workshop, as the seed composes a group: the president (a deputy mayor of the
 * field, or a demo account), other elected officials, a neighbourhood elected official, general management, the
 * cabinet, directors and resource people of the directorates, outside experts, two of the pôle's staff and
 * representatives of civil society (more of them in a major-issue workshop). People of the workshop's fields are
 * asked first, the step's newcomers before anyone; the rest of the pool is drawn at random, so a person sits in
 * several workshops over the years.
 */
final class ProspectiveGeneratedGroup {

    /** How many people a generated workshop seats, its president included. */
    static final int SIZE = 25;

    /** A seat: who, in which capacity, and how the minutes name them (null for whom they do not name). */
    record Member(long personId, ParticipantCategory category, PoolPerson named) {
    }

    /** A demo account's person seated in a workshop, in the place of a person of the pool of that kind. */
    record Guest(long personId, String name, Kind kind) {
    }

    /** The seats of a public-policy workshop besides its president, kind by kind. */
    private static final Map<Kind, Integer> POLICY_SEATS = seats(8, 2);

    /** A major issue opens more seats to civil society, as the 2013 evaluation of the Ateliers asked. */
    private static final Map<Kind, Integer> MAJOR_ISSUE_SEATS = seats(5, 5);

    private ProspectiveGeneratedGroup() {
    }

    private static Map<Kind, Integer> seats(int resourcePeople, int civilSociety) {
        Map<Kind, Integer> seats = new EnumMap<>(Kind.class);
        seats.put(Kind.DEPUTY_MAYOR, 2);
        seats.put(Kind.COUNCILLOR, 2);
        seats.put(Kind.NEIGHBOURHOOD_ELECTED, 1);
        seats.put(Kind.DEPUTY_GENERAL_DIRECTOR, 1);
        seats.put(Kind.CABINET_ADVISER, 1);
        seats.put(Kind.DIRECTOR, 2);
        seats.put(Kind.RESOURCE_PERSON, resourcePeople);
        seats.put(Kind.EXTERNAL_EXPERT, 3);
        seats.put(Kind.POLE_STAFF, 2);
        seats.put(Kind.CIVIL_SOCIETY, civilSociety);
        if (seats.values().stream().mapToInt(Integer::intValue).sum() != SIZE - 1) {
            throw new IllegalStateException("a generated group seats " + SIZE + " people");
        }
        return Collections.unmodifiableMap(seats);
    }

    /**
     * Composes a group.
     *
     * @param pool       the pool by kind, each list by number
     * @param ids        the pool's person ids, by number
     * @param newcomers  the people of the pool this workshop seats first
     * @param themes     the workshop's fields of action
     * @param guests     the demo accounts seated in it
     * @param presiding  the guest who presides, or null for a deputy mayor of the pool
     * @return the members, the president first
     */
    static List<Member> compose(Map<Kind, List<GeneratedPerson>> pool, long[] ids, List<GeneratedPerson> newcomers,
            WorkshopKind kind, List<Theme> themes, List<Guest> guests, Guest presiding, Random random) {
        List<Member> members = new ArrayList<>(SIZE);
        Set<Long> seated = new HashSet<>();
        if (presiding != null) {
            members.add(new Member(presiding.personId(), ParticipantCategory.PRESIDENT, named(presiding)));
            seated.add(presiding.personId());
        } else {
            GeneratedPerson president = candidates(pool, Kind.DEPUTY_MAYOR, List.of(), themes, random).get(0);
            members.add(new Member(ids[president.number()], ParticipantCategory.PRESIDENT, president.asPoolPerson()));
            seated.add(ids[president.number()]);
        }
        Map<Kind, Integer> seats = kind == WorkshopKind.MAJOR_ISSUE ? MAJOR_ISSUE_SEATS : POLICY_SEATS;
        for (Map.Entry<Kind, Integer> entry : seats.entrySet()) {
            int left = entry.getValue();
            for (Guest guest : guests) {
                if (guest != presiding && guest.kind() == entry.getKey() && left > 0 && seated.add(guest.personId())) {
                    members.add(new Member(guest.personId(), entry.getKey().seat(), null));
                    left--;
                }
            }
            for (GeneratedPerson person : candidates(pool, entry.getKey(), newcomers, themes, random)) {
                if (left == 0) {
                    break;
                }
                if (seated.add(ids[person.number()])) {
                    boolean heard = person.kind() == Kind.EXTERNAL_EXPERT;
                    members.add(new Member(ids[person.number()], entry.getKey().seat(), heard ? person.asPoolPerson() : null));
                    left--;
                }
            }
            if (left > 0) {
                throw new IllegalStateException("the pool lacks " + left + " people of kind " + entry.getKey());
            }
        }
        return List.copyOf(members);
    }

    /** The pool's people of a kind: this workshop's newcomers first, then those of its fields, then the others. */
    private static List<GeneratedPerson> candidates(Map<Kind, List<GeneratedPerson>> pool, Kind kind,
            List<GeneratedPerson> newcomers, List<Theme> themes, Random random) {
        List<GeneratedPerson> ofField = new ArrayList<>();
        List<GeneratedPerson> others = new ArrayList<>();
        for (GeneratedPerson person : pool.getOrDefault(kind, List.of())) {
            (person.theme() == Theme.ANY || themes.contains(person.theme()) ? ofField : others).add(person);
        }
        Collections.shuffle(ofField, random);
        Collections.shuffle(others, random);
        List<GeneratedPerson> ordered = new ArrayList<>(newcomers.stream().filter(p -> p.kind() == kind).toList());
        ordered.addAll(ofField);
        ordered.addAll(others);
        return ordered;
    }

    /** A demo account presiding, as the minutes name them. */
    private static PoolPerson named(Guest guest) {
        return new PoolPerson("account-" + guest.personId(), guest.name(), ProspectiveDemoPeople.Kind.DEPUTY_MAYOR,
                PersonCategory.ELECTED_OFFICIAL, Theme.ANY, "adjoint·e au maire");
    }
}
