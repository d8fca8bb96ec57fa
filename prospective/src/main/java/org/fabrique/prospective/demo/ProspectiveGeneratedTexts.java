package org.fabrique.prospective.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;
import org.fabrique.prospective.domain.WorkshopKind;

/**
 * The French texts the generated workshops add to the demo's own ({@link ProspectiveDemoTexts},
 * {@link ProspectiveDemoDocuments}): their titles, the minutes of an opening session whose issues are still to
 * rank, the resources of their sequences, the amendments beyond the demo's two, the actions of their plans and
 * the synthesis note of a closed workshop.
 */
final class ProspectiveGeneratedTexts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    /** An amendment: the passage it targets, the text proposed, the rationale, and the text retained if modified. */
    record AmendmentText(String passage, String proposed, String rationale, String modified) {
    }

    /** Accepted as modified, on chapter 5: every chapter 5 of the demo's documents opens on this passage. */
    static final AmendmentText MODIFIED = new AmendmentText("Un pilotage partagé", "Un pilotage confié au seul pôle",
            "Dire clairement qui pilote la mise en œuvre.", "Un pilotage resserré et partagé");

    /** Withdrawn by its author, on chapter 3, before the group decided it. */
    static final AmendmentText WITHDRAWN = new AmendmentText("La Ville", "La Ville et ses partenaires",
            "Associer les partenaires dès le choix des priorités.", null);

    /** Accepted at the adoption session, on chapter 1: every chapter 1 of the demo's documents holds this passage. */
    static final AmendmentText SECOND_ROUND = new AmendmentText("Le groupe a retenu",
            "Au terme de la séquence exploratoire, le groupe a retenu",
            "Rappeler d'où viennent les enjeux pour le lecteur qui n'a pas suivi les séances.", null);

    /** The actions a recommendation becomes, in turn. */
    private static final List<String> ACTIONS = List.of(
            "Lancer l'expérimentation dans deux quartiers",
            "Installer le comité de suivi avec les partenaires",
            "Former les agents d'accueil de la direction",
            "Réviser les conventions avec les associations partenaires",
            "Ouvrir un appel à projets aux collectifs d'habitants",
            "Publier un bilan annuel en bureau municipal",
            "Cartographier l'offre existante par quartier",
            "Adapter les horaires d'ouverture des équipements",
            "Créer un guichet unique d'information",
            "Mesurer la fréquentation des publics prioritaires");

    /** Who pilots an action, in turn. */
    private static final List<String> PILOTS = List.of("Chef·fe de projet de la direction", "Directeur·rice adjoint·e",
            "Chargé·e de mission du pôle", "Responsable du service des publics", "Coordinateur·rice territorial·e");

    private ProspectiveGeneratedTexts() {
    }

    /** The workshop's title: the demo's, or the major issue it raises, with its year and its number. */
    static String title(WorkshopSpec spec, WorkshopKind kind, int year, int number) {
        String base = kind == WorkshopKind.MAJOR_ISSUE
                ? "Grand enjeu : " + ProspectiveDemoTexts.lowerFirst(spec.policy()) : spec.title();
        return base + " (" + year + ", n° " + number + ")";
    }

    /** The minutes of an opening session, the issues still to rank at the next one. */
    static String openingMinutes(WorkshopSpec spec, String president, int present, int members) {
        return "Séance d'ouverture présidée par " + president + ". " + present + " membres présents sur " + members + "."
                + " Les sept principes de la charte ont été lus à haute voix ; les membres présents en ont pris acte, les"
                + " absents le feront à la prochaine séance. Le comité d'animation a présenté " + spec.diagnostic() + "."
                + " Une première liste de " + spec.issues().size() + " enjeux possibles sera classée à la prochaine séance.";
    }

    /** The knowledge base the exploratory sequence put on the table. */
    static String diagnosticTitle() {
        return "Socle de connaissances de l'atelier";
    }

    static String diagnosticContent(WorkshopSpec spec) {
        return "Le comité d'animation a présenté " + spec.diagnostic() + ".";
    }

    static String benchmarkTitle() {
        return "Parangonnage de la séquence ressource";
    }

    static String benchmarkLesson(WorkshopSpec spec) {
        return "Des expériences à mettre en regard de l'enjeu prioritaire : "
                + ProspectiveDemoTexts.lowerFirst(spec.issues().get(0)) + ".";
    }

    static String hearingTitle(String expert) {
        return "Audition de " + expert;
    }

    static String hearingContent(WorkshopSpec spec) {
        return "L'expert·e a présenté les travaux de son champ et répondu aux questions du groupe sur « "
                + ProspectiveDemoTexts.lowerFirst(spec.issues().get(1)) + " ».";
    }

    static String hearingLesson() {
        return "Un regard extérieur qui aide le groupe à distinguer ce qui relève de la Ville et de ses partenaires.";
    }

    /** Rejected at the adoption session: a deadline added to the second recommendation. */
    static AmendmentText deadline(String recommendation) {
        return new AmendmentText(recommendation, recommendation + " d'ici la fin du mandat",
                "Fixer une échéance à la préconisation.", null);
    }

    static String action(int turn) {
        return ACTIONS.get(Math.floorMod(turn, ACTIONS.size()));
    }

    static String pilot(int turn) {
        return PILOTS.get(Math.floorMod(turn, PILOTS.size()));
    }

    /** The synthesis note a closed workshop publishes for outside readers. */
    static String synthesis(String title, WorkshopSpec spec, LocalDate start, LocalDate end, int members, int actions) {
        String workshop = title.startsWith("Atelier ") ? "L'atelier " + title.substring("Atelier ".length())
                : "L'atelier « " + title + " »";
        String from = start.format(MONTH);
        return workshop + " a réuni " + members + " membres, élus, directions, experts et représentants de la société"
                + " civile, " + ("aeiou".indexOf(from.charAt(0)) >= 0 ? "d'" : "de ") + from + " à " + end.format(MONTH)
                + ". Au terme de sa séquence"
                + " exploratoire, il a retenu " + spec.issues().size() + " enjeux, au premier rang desquels « "
                + ProspectiveDemoTexts.lowerFirst(spec.issues().get(0)) + " ». " + spec.scenario() + " Son document de"
                + " référence, adopté par consensus, fonde un plan de " + actions + " actions porté par les directions.";
    }
}
