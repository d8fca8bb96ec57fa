package org.fabrique.prospective.demo;

import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme;
import org.fabrique.prospective.domain.ParticipantCategory;

/**
 * The pool of people the generated workshops draw their members from, decided by their number alone: the
 * first step brings 150 people of the city (deputy mayors, councillors, neighbourhood elected officials, deputy
 * general directors, cabinet advisers, directors, resource people, outside experts, the pôle's staff and
 * representatives of civil society), each later step five more. The n-th person is always the same: the
 * generator finds the pool again by their e-mail addresses, on a domain of their own.
 */
final class ProspectiveGeneratedPeople {

    /** What a person of the pool does, which decides the seat they take in a workshop. */
    enum Kind {
        DEPUTY_MAYOR(PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.ELECTED_OFFICIAL),
        COUNCILLOR(PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.ELECTED_OFFICIAL),
        NEIGHBOURHOOD_ELECTED(PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.NEIGHBOURHOOD_ELECTED_OFFICIAL),
        DEPUTY_GENERAL_DIRECTOR(PersonCategory.DEPUTY_GENERAL_DIRECTOR, ParticipantCategory.GENERAL_MANAGEMENT),
        CABINET_ADVISER(PersonCategory.CABINET_ADVISER, ParticipantCategory.CABINET),
        DIRECTOR(PersonCategory.DIRECTOR, ParticipantCategory.DIRECTORATE_RESOURCE),
        RESOURCE_PERSON(PersonCategory.RESOURCE_PERSON, ParticipantCategory.DIRECTORATE_RESOURCE),
        EXTERNAL_EXPERT(PersonCategory.EXTERNAL_EXPERT, ParticipantCategory.EXTERNAL_EXPERT),
        POLE_STAFF(PersonCategory.POLE_STAFF, ParticipantCategory.POLE),
        CIVIL_SOCIETY(PersonCategory.CIVIL_SOCIETY_REPRESENTATIVE, ParticipantCategory.CIVIL_SOCIETY);

        private final PersonCategory category;
        private final ParticipantCategory seat;

        Kind(PersonCategory category, ParticipantCategory seat) {
            this.category = category;
            this.seat = seat;
        }

        PersonCategory category() {
            return category;
        }

        ParticipantCategory seat() {
            return seat;
        }
    }

    /** One person of the pool: their number, invented name, address, what they do and their field. */
    record GeneratedPerson(int number, String name, String email, Kind kind, Theme theme, String role) {

        /**
         * The president or an expert as the demo's texts know a person: the minutes name the president and the
         * experts the group heard.
         */
        PoolPerson asPoolPerson() {
            ProspectiveDemoPeople.Kind demoKind = kind == Kind.EXTERNAL_EXPERT ? ProspectiveDemoPeople.Kind.EXTERNAL_EXPERT
                    : ProspectiveDemoPeople.Kind.DEPUTY_MAYOR;
            return new PoolPerson("G-" + number, name, demoKind, kind.category(), theme, role);
        }
    }

    /** The domain of the pool's addresses, which no one else uses: how the generator finds the pool again. */
    static final String EMAIL_DOMAIN = "ateliers.fabrique.test";

    /** How many people the first step brings, and each later step. */
    static final int FIRST_STEP = 150;
    static final int PER_STEP = 5;

    /** The first step's pool, kind by kind, in this order. */
    private static final List<Kind> FIRST_KINDS = new ArrayList<>();

    /** The kinds of the people later steps bring, in turn. */
    private static final List<Kind> LATER_KINDS = List.of(Kind.RESOURCE_PERSON, Kind.EXTERNAL_EXPERT, Kind.CIVIL_SOCIETY,
            Kind.COUNCILLOR, Kind.RESOURCE_PERSON, Kind.DIRECTOR, Kind.EXTERNAL_EXPERT, Kind.CIVIL_SOCIETY,
            Kind.DEPUTY_MAYOR, Kind.CABINET_ADVISER, Kind.RESOURCE_PERSON, Kind.NEIGHBOURHOOD_ELECTED);

    /** The fields of action a person of the city works in, in turn; neighbourhood officials and the pôle work in all. */
    private static final List<Theme> THEMES = List.of(Theme.CULTURE, Theme.EDUCATION, Theme.SOCIAL, Theme.URBAN,
            Theme.CITIZENSHIP, Theme.SPORT, Theme.SAFETY);

    /** The roles of the demo's experts, by field: what the minutes say of an expert heard. */
    private static final List<PoolPerson> DEMO_EXPERTS = ProspectiveDemoPeople.ALL.stream()
            .filter(p -> p.kind() == ProspectiveDemoPeople.Kind.EXTERNAL_EXPERT && p.key().startsWith("E-")).toList();

    static {
        add(Kind.DEPUTY_MAYOR, 15);
        add(Kind.COUNCILLOR, 25);
        add(Kind.NEIGHBOURHOOD_ELECTED, 10);
        add(Kind.DEPUTY_GENERAL_DIRECTOR, 8);
        add(Kind.CABINET_ADVISER, 10);
        add(Kind.DIRECTOR, 20);
        add(Kind.RESOURCE_PERSON, 35);
        add(Kind.EXTERNAL_EXPERT, 15);
        add(Kind.POLE_STAFF, 4);
        add(Kind.CIVIL_SOCIETY, 8);
        if (FIRST_KINDS.size() != FIRST_STEP) {
            throw new IllegalStateException("the first step's pool counts " + FIRST_KINDS.size() + " people");
        }
    }

    private ProspectiveGeneratedPeople() {
    }

    private static void add(Kind kind, int count) {
        for (int i = 0; i < count; i++) {
            FIRST_KINDS.add(kind);
        }
    }

    /** How many people the pool holds once step {@code step} has added its own. */
    static int sizeAfter(int step) {
        return FIRST_STEP + PER_STEP * step;
    }

    /** How many people the pool holds before step {@code step}. */
    static int sizeBefore(int step) {
        return step == 0 ? 0 : sizeAfter(step - 1);
    }

    /** The people computed so far, by number: each step asks for the whole pool again. */
    private static final List<GeneratedPerson> KNOWN = new ArrayList<>();

    /** The n-th person of the pool. */
    static GeneratedPerson person(int number) {
        synchronized (KNOWN) {
            while (KNOWN.size() <= number) {
                KNOWN.add(compute(KNOWN.size()));
            }
            return KNOWN.get(number);
        }
    }

    private static GeneratedPerson compute(int number) {
        Kind kind = number < FIRST_STEP ? FIRST_KINDS.get(number) : LATER_KINDS.get((number - FIRST_STEP) % LATER_KINDS.size());
        Theme theme = kind == Kind.NEIGHBOURHOOD_ELECTED || kind == Kind.POLE_STAFF ? Theme.ANY
                : THEMES.get(number % THEMES.size());
        String name = ProspectiveDemoNames.generatedName(number);
        return new GeneratedPerson(number, name, email(name), kind, theme, role(kind, theme, number));
    }

    /** The pool as it stands once step {@code step} has added its own, by number. */
    static List<GeneratedPerson> poolAfter(int step) {
        List<GeneratedPerson> pool = new ArrayList<>(sizeAfter(step));
        for (int n = 0; n < sizeAfter(step); n++) {
            pool.add(person(n));
        }
        return pool;
    }

    /** first.last@ateliers.fabrique.test, without accents, spaces or apostrophes, as the demo's addresses. */
    static String email(String name) {
        String demo = ProspectiveDemoNames.email(name);
        return demo.substring(0, demo.indexOf('@') + 1) + EMAIL_DOMAIN;
    }

    /** Whether an address (as a person keeps it, lower-case) is one of the pool's. */
    static boolean isPoolAddress(String email) {
        return email != null && email.endsWith("@" + EMAIL_DOMAIN);
    }

    /** What the person does, in French; an expert's is one of the demo's experts' of the same field. */
    private static String role(Kind kind, Theme theme, int number) {
        return switch (kind) {
            case DEPUTY_MAYOR -> "adjoint·e au maire";
            case COUNCILLOR -> "conseiller·e municipal·e délégué·e";
            case NEIGHBOURHOOD_ELECTED -> "élu·e de quartier";
            case DEPUTY_GENERAL_DIRECTOR -> "directeur·rice général·e adjoint·e";
            case CABINET_ADVISER -> "conseiller·e technique du cabinet";
            case DIRECTOR -> "directeur·rice";
            case RESOURCE_PERSON -> "cadre ou chef·fe de projet";
            case POLE_STAFF -> "chargé·e de mission, pôle Politiques publiques et prospective";
            case CIVIL_SOCIETY -> "représentant·e de la société civile";
            case EXTERNAL_EXPERT -> {
                List<PoolPerson> sameField = DEMO_EXPERTS.stream().filter(p -> p.theme() == theme).toList();
                List<PoolPerson> experts = sameField.isEmpty() ? DEMO_EXPERTS : sameField;
                yield experts.get(number / THEMES.size() % experts.size()).role();
            }
        };
    }
}
