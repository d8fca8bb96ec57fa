package org.fabrique.prospective.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fabrique.core.domain.PersonCategory;

/**
 * The city's people who sat in the Ateliers prospectifs of 2008–2013, invented, as many in each category
 * as the seed's "En chiffres" counts: 48 elected officials, 8 deputy general directors, 22 directors,
 * 56 resource people, 10 cabinet advisers, 39 external experts; and four of the pôle's staff, whom the
 * seed does not count. Each has a field of the city's action ({@link Theme}), which decides the
 * workshops they are asked to.
 */
final class ProspectiveDemoPeople {

    /** The fields of action that bring a person into a workshop. */
    enum Theme {
        CULTURE, EDUCATION, SOCIAL, URBAN, CITIZENSHIP, SPORT, SAFETY, FIRM, ANY
    }

    /** Which seat a pool person takes in a workshop. */
    enum Kind {
        DEPUTY_MAYOR, NEIGHBOURHOOD_ELECTED, COUNCILLOR, DEPUTY_GENERAL_DIRECTOR, CABINET_ADVISER, DIRECTOR,
        RESOURCE_PERSON, EXTERNAL_EXPERT, POLE_STAFF
    }

    /** A person of the demo: a stable key, an invented name, and what they do ({@code role}, in French). */
    record PoolPerson(String key, String name, Kind kind, PersonCategory category, Theme theme, String role) {
        String email() {
            return ProspectiveDemoNames.email(name);
        }
    }

    /** Everyone, in a fixed order; names are given in that order. */
    static final List<PoolPerson> ALL;

    /** The first name number left for the current workshop's newcomers. */
    static final int NEXT_NAME;

    static {
        Builder b = new Builder();
        // 14 deputy mayors (adjoints), each holding a delegation; they preside the workshops
        b.add("A-CULTURE", Kind.DEPUTY_MAYOR, Theme.CULTURE, "adjoint·e à la culture et au patrimoine");
        b.add("A-EDUCATION", Kind.DEPUTY_MAYOR, Theme.EDUCATION, "adjoint·e à l'éducation");
        b.add("A-EGALITE", Kind.DEPUTY_MAYOR, Theme.CITIZENSHIP, "adjoint·e à l'égalité, à la citoyenneté et à l'intégration");
        b.add("A-JEUNESSE", Kind.DEPUTY_MAYOR, Theme.EDUCATION, "adjoint·e à la jeunesse");
        b.add("A-HABITAT", Kind.DEPUTY_MAYOR, Theme.URBAN, "adjoint·e au logement, à l'habitat et à l'urbanisme");
        b.add("A-AGES", Kind.DEPUTY_MAYOR, Theme.SOCIAL, "adjoint·e aux personnes âgées");
        b.add("A-ENFANCE", Kind.DEPUTY_MAYOR, Theme.EDUCATION, "adjoint·e à la petite enfance et aux familles");
        b.add("A-SOLIDARITE", Kind.DEPUTY_MAYOR, Theme.SOCIAL, "adjoint·e aux solidarités et à l'action sociale");
        b.add("A-SPORT", Kind.DEPUTY_MAYOR, Theme.SPORT, "adjoint·e aux sports");
        b.add("A-ASSOCIATIONS", Kind.DEPUTY_MAYOR, Theme.CITIZENSHIP, "adjoint·e à la vie associative");
        b.add("A-TEMPS", Kind.DEPUTY_MAYOR, Theme.SOCIAL, "adjoint·e aux temps de la ville et à l'égalité femmes-hommes");
        b.add("A-TRANQUILLITE", Kind.DEPUTY_MAYOR, Theme.SAFETY, "adjoint·e à la tranquillité publique");
        b.add("A-INITIATIVES", Kind.DEPUTY_MAYOR, Theme.CULTURE, "adjoint·e à l'innovation et aux initiatives");
        b.add("A-QUARTIERS", Kind.DEPUTY_MAYOR, Theme.CITIZENSHIP, "adjoint·e à la vie des quartiers");
        // 11 neighbourhood elected officials, one per neighbourhood of the demo
        for (String n : List.of("Centre-ville", "Bellevue – Chantenay – Sainte-Anne", "Dervallières – Zola",
                "Hauts-Pavés – Saint-Félix", "Breil – Barberie", "Nantes Nord", "Nantes Erdre", "Doulon – Bottière",
                "Malakoff – Saint-Donatien", "Île de Nantes", "Nantes Sud")) {
            b.add("Q-" + n, Kind.NEIGHBOURHOOD_ELECTED, Theme.ANY, "élu·e du quartier " + n);
        }
        // 23 councillors (conseillers municipaux délégués)
        b.many("C", Kind.COUNCILLOR, Theme.CULTURE, 4, "conseiller·e municipal·e délégué·e à la culture");
        b.many("C", Kind.COUNCILLOR, Theme.EDUCATION, 4, "conseiller·e municipal·e délégué·e à l'éducation");
        b.many("C", Kind.COUNCILLOR, Theme.SOCIAL, 5, "conseiller·e municipal·e délégué·e aux solidarités");
        b.many("C", Kind.COUNCILLOR, Theme.URBAN, 3, "conseiller·e municipal·e délégué·e à l'urbanisme");
        b.many("C", Kind.COUNCILLOR, Theme.CITIZENSHIP, 3, "conseiller·e municipal·e délégué·e à la citoyenneté");
        b.many("C", Kind.COUNCILLOR, Theme.SPORT, 2, "conseiller·e municipal·e délégué·e aux sports");
        b.many("C", Kind.COUNCILLOR, Theme.SAFETY, 2, "conseiller·e municipal·e délégué·e à la prévention");
        // 8 deputy general directors
        b.add("DGA-CULTURE", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.CULTURE, "DGA culture et rayonnement");
        b.add("DGA-EDUCATION", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.EDUCATION, "DGA éducation, enfance et jeunesse");
        b.add("DGA-SOLIDARITES", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.SOCIAL, "DGA solidarités et âges de la vie");
        b.add("DGA-COHESION", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.SOCIAL, "DGA cohésion sociale et santé");
        b.add("DGA-URBAIN", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.URBAN, "DGA développement urbain et habitat");
        b.add("DGA-PROXIMITE", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.CITIZENSHIP, "DGA proximité et citoyenneté");
        b.add("DGA-SPORTS", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.SPORT, "DGA sports, loisirs et équipements");
        b.add("DGA-SECURITE", Kind.DEPUTY_GENERAL_DIRECTOR, Theme.SAFETY, "DGA sécurité et tranquillité publique");
        // 10 cabinet advisers
        b.many("CAB", Kind.CABINET_ADVISER, Theme.CULTURE, 2, "conseiller·e technique du cabinet, culture");
        b.many("CAB", Kind.CABINET_ADVISER, Theme.EDUCATION, 1, "conseiller·e technique du cabinet, éducation");
        b.many("CAB", Kind.CABINET_ADVISER, Theme.SOCIAL, 2, "conseiller·e technique du cabinet, solidarités");
        b.many("CAB", Kind.CABINET_ADVISER, Theme.URBAN, 1, "conseiller·e technique du cabinet, urbanisme");
        b.many("CAB", Kind.CABINET_ADVISER, Theme.CITIZENSHIP, 2, "conseiller·e technique du cabinet, citoyenneté");
        b.many("CAB", Kind.CABINET_ADVISER, Theme.SPORT, 1, "conseiller·e technique du cabinet, sports");
        b.many("CAB", Kind.CABINET_ADVISER, Theme.SAFETY, 1, "conseiller·e technique du cabinet, sécurité");
        // 22 directors (2008–2013, the culture and sports directorates changed director)
        b.director(Theme.CULTURE, "Direction de la culture", "Direction de la culture (depuis 2011)",
                "Direction du patrimoine et des musées", "Direction de l'événementiel");
        b.director(Theme.EDUCATION, "Direction de l'éducation", "Direction de la petite enfance", "Direction de la jeunesse");
        b.director(Theme.SOCIAL, "Direction des solidarités", "Direction des personnes âgées",
                "Direction de la santé publique", "Centre communal d'action sociale");
        b.director(Theme.URBAN, "Direction de l'habitat", "Direction de l'urbanisme", "Direction de l'aménagement");
        b.director(Theme.CITIZENSHIP, "Direction de la vie associative", "Mission égalité, intégration",
                "Direction de la vie des quartiers", "Direction de la communication");
        b.director(Theme.SPORT, "Direction des sports", "Direction des sports (depuis 2012)");
        b.director(Theme.SAFETY, "Direction de la prévention et de la tranquillité publique", "Police municipale");
        // 56 resource people (cadres et chefs de projets)
        b.many("R", Kind.RESOURCE_PERSON, Theme.CULTURE, 10, "cadre ou chef·fe de projet, culture");
        b.many("R", Kind.RESOURCE_PERSON, Theme.EDUCATION, 9, "cadre ou chef·fe de projet, éducation et jeunesse");
        b.many("R", Kind.RESOURCE_PERSON, Theme.SOCIAL, 14, "cadre ou chef·fe de projet, solidarités");
        b.many("R", Kind.RESOURCE_PERSON, Theme.URBAN, 7, "cadre ou chef·fe de projet, habitat et urbanisme");
        b.many("R", Kind.RESOURCE_PERSON, Theme.CITIZENSHIP, 9, "cadre ou chef·fe de projet, vie associative et quartiers");
        b.many("R", Kind.RESOURCE_PERSON, Theme.SPORT, 4, "cadre ou chef·fe de projet, sports");
        b.many("R", Kind.RESOURCE_PERSON, Theme.SAFETY, 3, "cadre ou chef·fe de projet, prévention");
        // 39 experts, consultants and outside technicians: eight consultants of the four firms…
        for (String firm : ProspectiveDemoWorkshops.FIRMS) {
            b.add("F-" + firm + "-1", Kind.EXTERNAL_EXPERT, Theme.FIRM, "consultant·e, " + firm);
            b.add("F-" + firm + "-2", Kind.EXTERNAL_EXPERT, Theme.FIRM, "consultant·e, " + firm);
        }
        // … and 31 experts heard or invited
        b.experts(Theme.CULTURE, "sociologue des pratiques culturelles, université de Nantes",
                "chargé·e d'études, Observatoire des politiques culturelles",
                "conservateur·rice, musée des beaux-arts de Lille", "médiateur·rice culturel·le, scène nationale",
                "directeur·rice d'un lieu de fabrique artistique", "chercheur·se en économie de la création");
        b.experts(Theme.EDUCATION, "chercheur·se en sciences de l'éducation", "responsable petite enfance, Caisse d'allocations familiales",
                "inspecteur·rice de l'Éducation nationale", "sociologue de la jeunesse, INJEP",
                "responsable d'un relais assistantes maternelles");
        b.experts(Theme.SOCIAL, "démographe, INSEE Pays de la Loire", "gérontologue, CHU de Nantes",
                "responsable de l'action sociale, Conseil général", "chercheur·se en sociologie de la pauvreté",
                "directeur·rice d'une association d'insertion", "chargé·e de mission, Caisse d'assurance retraite",
                "urbaniste des temps, bureau des temps de Rennes", "économiste de la famille");
        b.experts(Theme.URBAN, "urbaniste, agence d'urbanisme de la région nantaise", "économiste du logement",
                "sociologue de l'habitat", "directeur·rice d'un bailleur social");
        b.experts(Theme.CITIZENSHIP, "politiste, spécialiste de la participation", "responsable d'une fédération d'éducation populaire",
                "juriste, spécialiste des relations avec les associations", "chercheur·se sur les discriminations");
        b.experts(Theme.SPORT, "sociologue du sport", "conseiller·e technique, direction régionale de la jeunesse et des sports");
        b.experts(Theme.SAFETY, "criminologue", "commissaire de police, direction départementale de la sécurité publique");
        // the pôle's staff, who animate
        b.many("POLE", Kind.POLE_STAFF, Theme.ANY, 4, "chargé·e de mission, pôle Politiques publiques et prospective");
        ALL = Collections.unmodifiableList(b.people);
        NEXT_NAME = b.people.size();
    }

    private ProspectiveDemoPeople() {
    }

    static List<PoolPerson> ofKind(Kind kind) {
        return ALL.stream().filter(p -> p.kind() == kind).toList();
    }

    static PoolPerson byKey(String key) {
        return ALL.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo person " + key));
    }

    private static final class Builder {
        private final List<PoolPerson> people = new ArrayList<>();

        void add(String key, Kind kind, Theme theme, String role) {
            people.add(new PoolPerson(key, ProspectiveDemoNames.name(people.size()), kind, category(kind), theme, role));
        }

        void many(String prefix, Kind kind, Theme theme, int count, String role) {
            for (int i = 1; i <= count; i++) {
                add(prefix + "-" + theme + "-" + i, kind, theme, role);
            }
        }

        void director(Theme theme, String... directorates) {
            for (String directorate : directorates) {
                add("D-" + directorate, Kind.DIRECTOR, theme, "directeur·rice, " + directorate);
            }
        }

        void experts(Theme theme, String... roles) {
            for (int i = 0; i < roles.length; i++) {
                add("E-" + theme + "-" + (i + 1), Kind.EXTERNAL_EXPERT, theme, roles[i]);
            }
        }

        private static PersonCategory category(Kind kind) {
            return switch (kind) {
                case DEPUTY_MAYOR, NEIGHBOURHOOD_ELECTED, COUNCILLOR -> PersonCategory.ELECTED_OFFICIAL;
                case DEPUTY_GENERAL_DIRECTOR -> PersonCategory.DEPUTY_GENERAL_DIRECTOR;
                case CABINET_ADVISER -> PersonCategory.CABINET_ADVISER;
                case DIRECTOR -> PersonCategory.DIRECTOR;
                case RESOURCE_PERSON -> PersonCategory.RESOURCE_PERSON;
                case EXTERNAL_EXPERT -> PersonCategory.EXTERNAL_EXPERT;
                case POLE_STAFF -> PersonCategory.POLE_STAFF;
            };
        }
    }
}
