package org.fabrique.prospective.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedSession;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedWorkshop;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;

/**
 * The French texts of the prospective demo: each session's agenda and short minutes, written from the
 * workshop's own content; the synthesis notes published for outside readers; the current workshop.
 */
final class ProspectiveDemoTexts {

    /** The published synthesis notes, by policy: what an outside reader may know of four workshops. */
    static final Map<String, String> SYNTHESES = Map.of(
            "Personnes âgées", "L'Atelier Personnes âgées a réuni élus, directions et experts de février à juillet 2009."
                    + " Il rappelle que le vieillissement accéléré de la population crée de nouvelles urgences : adapter les"
                    + " logements, soutenir les aidants familiaux, lutter contre l'isolement, particulièrement marqué chez les"
                    + " personnes âgées en précarité. La Ville doit à la fois lutter contre cet isolement et permettre à celles"
                    + " et ceux qui le souhaitent de rester vivre chez eux. Les compétences relevant surtout du Conseil"
                    + " général, des caisses d'assurance maladie et de la CNSA, la Ville choisit d'être animatrice : impulser,"
                    + " accompagner et coordonner les actions sur les territoires, mobiliser les solidarités de proximité,"
                    + " expérimenter un dispositif de veille avec les acteurs de terrain et donner à voir autrement la"
                    + " vieillesse en affirmant le lien entre les générations.",
            "Petite enfance", "L'Atelier Petite enfance a travaillé de mars à juillet 2009 sur une tension assumée : répondre aux"
                    + " demandes d'accueil collectif sans nuire aux finances locales, à l'équilibre du dispositif ni à"
                    + " l'activité des assistantes maternelles. La Ville, co-actrice de cette politique avec le Conseil général"
                    + " et la Caisse d'allocations familiales, réaffirme son attachement à une offre diversifiée où la garde"
                    + " individuelle prend toute sa place, et entend la revaloriser auprès des familles qui n'y ont jamais eu"
                    + " recours. Elle favorisera l'accès des familles en précarité à l'accueil collectif, créera des lieux qui"
                    + " facilitent le parcours des familles et soutiendra la conciliation des temps pour lever les freins à"
                    + " l'emploi des femmes.",
            "Sport", "L'Atelier Sport a constaté une demande croissante de pratiques libres, ludiques, familiales, centrées"
                    + " sur le bien-être, et l'essor de disciplines nouvelles ou hybrides qui prennent l'espace public pour"
                    + " terrain de jeu. La Ville, maître d'ouvrage de sa politique sportive, conforte le sport comme outil"
                    + " éducatif et de cohésion sociale : elle soutiendra davantage les clubs qui accueillent les publics des"
                    + " quartiers populaires, portera une attention nouvelle aux femmes, aux seniors et aux personnes en"
                    + " situation de handicap et assouplira l'accès à ses équipements, sans cesser de soutenir le mouvement"
                    + " sportif.",
            "Accueillir 100 000 habitants", "L'Atelier Accueillir 100 000 habitants a rappelé que la métropole accueillera"
                    + " de nombreux nouveaux habitants d'ici 2030, dont 30 000 Nantais. Pour que les familles et les classes"
                    + " moyennes ne quittent pas la ville centre, il soutient la construction de 5 000 logements par an sur la"
                    + " métropole, dont la moitié abordables, et demande de dépasser un discours urbain focalisé sur la seule"
                    + " densité : réinterroger la manière de concevoir la ville, à l'écoute des désirs et des attentes des"
                    + " habitants. Ville centre, Nantes se veut incitatrice des choix de programmation métropolitains.");

    private ProspectiveDemoTexts() {
    }

    static String agenda(PlannedWorkshop workshop, PlannedSession session) {
        WorkshopSpec spec = workshop.spec();
        return switch (session.sequence()) {
            case EXPLORATORY -> "Accueil par la présidence et lecture des sept principes de la charte ; rappel du contrat de"
                    + " l'atelier ; présentation du socle de connaissances ; choix et classement des enjeux.";
            case RESOURCE -> "Journée ressource : " + lowerFirst(spec.resource()) + " Auditions d'experts ; débat sur les"
                    + " enseignements pour Nantes.";
            case SCENARIO -> session.adoption() && spec.adoptionSession()
                    ? "Examen des derniers amendements ; adoption du document de référence."
                    : "Présentation du projet de document de référence par la présidence ; examen des amendements chapitre"
                            + " par chapitre" + (spec.adoptionSession() ? "." : " ; adoption du texte.");
        };
    }

    /**
     * Short minutes in the pôle's style; {@code present} and {@code members} count the register.
     */
    static String minutes(PlannedWorkshop workshop, PlannedSession session, int present, int members) {
        WorkshopSpec spec = workshop.spec();
        String president = workshop.president().name();
        String attendance = present + " membres présents sur " + members + ".";
        return switch (session.sequence()) {
            case EXPLORATORY -> "Séance d'ouverture présidée par " + president + ". " + attendance + " Les sept principes"
                    + " de la charte ont été lus à haute voix et remis à chaque participant. Le pôle a rappelé le contrat : "
                    + lowerFirst(spec.contract()) + " Le comité d'animation a présenté " + spec.diagnostic() + ". Au terme"
                    + " des échanges, le groupe a retenu et classé " + spec.issues().size() + " enjeux : "
                    + ranked(spec.issues()) + ".";
            case RESOURCE -> "Journée ressource. " + attendance + " " + spec.resource() + " " + hearings(workshop)
                    + " Le débat a mis en regard ces expériences et l'enjeu prioritaire (" + lowerFirst(spec.issues().get(0))
                    + ") ; les apports sont versés au corpus de l'atelier.";
            case SCENARIO -> session.adoption()
                    ? "Séance de scénario présidée par " + president + ". " + attendance + " " + spec.scenario()
                            + " Les amendements ont été examinés chapitre par chapitre et décidés par consensus. Le document de"
                            + " référence est adopté ; il sera présenté au bureau municipal et servira de base au plan"
                            + " d'actions."
                    : "Première séance de scénario. " + attendance + " " + president + " a soumis au groupe le projet de"
                            + " document de référence (une dizaine de pages) rédigé par le comité d'animation. Les membres ont"
                            + " proposé des amendements sur les cinq chapitres ; le comité intégrera ceux retenus dans une"
                            + " nouvelle version soumise à la séance d'adoption.";
        };
    }

    private static String hearings(PlannedWorkshop workshop) {
        List<PoolPerson> experts = workshop.experts().stream().filter(p -> !p.key().startsWith("F-")).toList();
        if (experts.isEmpty()) {
            return "";
        }
        List<String> heard = new ArrayList<>();
        experts.stream().limit(2).forEach(e -> heard.add(e.name() + " (" + e.role() + ")"));
        return "Le groupe a entendu " + String.join(" et ", heard) + ".";
    }

    private static String ranked(List<String> issues) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            items.add((i + 1) + ") " + lowerFirst(issues.get(i)));
        }
        return String.join(" ; ", items);
    }

    static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    // The current workshop, in progress, for the demo accounts to act in.

    static final String CURRENT_TITLE = "Grand enjeu : la culture, fabrique du lien social dans la métropole";

    static final String CURRENT_COMMITTEE = "Pôle dialogue citoyen, évaluation et prospective ; Direction de la culture ;"
            + " Direction de la vie associative";

    static final String CURRENT_CONTRACT = "Suivant les recommandations de l'évaluation des Ateliers (2013), un atelier"
            + " « grand enjeu » à l'échelle métropolitaine, ouvert à des représentants de la société civile : produire en"
            + " cinq mois un document de référence sur la place de la culture dans le lien social, et commander si besoin une"
            + " expérimentation ou une démarche de dialogue citoyen.";

    static final String FIRST_AGENDA = "Accueil par la présidente et lecture des sept principes de la charte ; rappel du"
            + " contrat ; présentation du socle de connaissances (pratiques culturelles par quartier, fréquentation des"
            + " équipements, carte des acteurs) ; premiers échanges sur les enjeux.";

    /** The minutes of the current workshop's first session, which its president opened. */
    static String firstMinutes(String president) {
        return "Séance d'ouverture présidée par " + president + ". Les sept principes de la charte"
                + " ont été lus à haute voix ; les membres présents en ont pris acte, les absents le feront à la prochaine séance."
                + " Le comité d'animation a présenté les pratiques culturelles des habitants par quartier, la fréquentation des"
                + " équipements et la carte des acteurs associatifs. Les représentants de la société civile ont souligné la place"
                + " des lieux intermédiaires (tiers-lieux, maisons de quartier) ; les élus ont rappelé la tension entre"
                + " rayonnement et proximité. Une première liste de neuf enjeux possibles sera classée à la prochaine séance.";
    }

    static final String NEXT_AGENDA = "Deuxième séance exploratoire : retour sur la liste des enjeux possibles ; choix et"
            + " classement de cinq à dix enjeux ; préparation de la séquence ressource (villes à visiter, experts à"
            + " entendre).";

    /** The evaluation the seed's Atelier Personnes âgées commissions from its reference document, still in framing. */
    static final String COMMISSIONING_WORKSHOP = "Atelier Personnes âgées";
    static final String COMMISSIONED_BY = "pole";
    static final String COMMISSIONED_TITLE = "Évaluer la lutte contre l'isolement des personnes âgées";
    static final String COMMISSIONED_BRIEF = "Le référentiel de l'atelier fait de la lutte contre l'isolement sa première"
            + " orientation et de la Ville une animatrice des solidarités de proximité : mesurer ce que les actions"
            + " engagées depuis (veille avec les acteurs de terrain, visites de convivialité, lien entre les générations)"
            + " ont changé pour les personnes âgées isolées.";

    /** Newcomers of the current workshop: their category in the group, their person category, their role. */
    record Newcomer(String role, PersonCategory category, ParticipantCategory seat) {
    }

    static final List<Newcomer> CURRENT_NEWCOMERS = List.of(
            new Newcomer("adjoint·e à la vie associative", PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.ELECTED_OFFICIAL),
            new Newcomer("adjoint·e à la politique de la ville", PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.ELECTED_OFFICIAL),
            new Newcomer("vice-président·e de la métropole, culture", PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.ELECTED_OFFICIAL),
            new Newcomer("élu·e du quartier Bellevue – Chantenay – Sainte-Anne", PersonCategory.ELECTED_OFFICIAL, ParticipantCategory.NEIGHBOURHOOD_ELECTED_OFFICIAL),
            new Newcomer("DGA culture et rayonnement", PersonCategory.DEPUTY_GENERAL_DIRECTOR, ParticipantCategory.GENERAL_MANAGEMENT),
            new Newcomer("conseiller·e technique du cabinet, culture", PersonCategory.CABINET_ADVISER, ParticipantCategory.CABINET),
            new Newcomer("chef·fe de projet lecture publique", PersonCategory.RESOURCE_PERSON, ParticipantCategory.DIRECTORATE_RESOURCE),
            new Newcomer("chef·fe de projet vie des quartiers", PersonCategory.RESOURCE_PERSON, ParticipantCategory.DIRECTORATE_RESOURCE),
            new Newcomer("sociologue des tiers-lieux, université de Nantes", PersonCategory.EXTERNAL_EXPERT, ParticipantCategory.EXTERNAL_EXPERT),
            new Newcomer("président·e d'une fédération de maisons de quartier", PersonCategory.CIVIL_SOCIETY_REPRESENTATIVE, ParticipantCategory.CIVIL_SOCIETY),
            new Newcomer("directeur·rice d'une compagnie de théâtre de rue", PersonCategory.CIVIL_SOCIETY_REPRESENTATIVE, ParticipantCategory.CIVIL_SOCIETY),
            new Newcomer("chef·fe d'entreprise, réseau des entreprises culturelles", PersonCategory.CIVIL_SOCIETY_REPRESENTATIVE, ParticipantCategory.CIVIL_SOCIETY));
}
