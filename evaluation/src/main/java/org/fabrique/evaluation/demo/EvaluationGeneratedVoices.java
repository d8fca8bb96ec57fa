package org.fabrique.evaluation.demo;

import static org.fabrique.evaluation.domain.IntervieweeCategory.AGENT;
import static org.fabrique.evaluation.domain.IntervieweeCategory.CITIZEN;
import static org.fabrique.evaluation.domain.IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR;
import static org.fabrique.evaluation.domain.IntervieweeCategory.DIRECTOR;
import static org.fabrique.evaluation.domain.IntervieweeCategory.ELECTED_OFFICIAL;
import static org.fabrique.evaluation.domain.IntervieweeCategory.PARTNER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.evaluation.domain.IntervieweeCategory;

/**
 * Who the generated evaluations hear and what they say: invented interviewees' names (confidential to the pôle, as
 * the demo's), the interviewers of the pôle and of the firms, the notes on an interview by category, and the quotes,
 * written as people speak, each tagged with themes and with the keys of the questions it informs, and said by the
 * categories it suits. No quote names anybody.
 */
final class EvaluationGeneratedVoices {

    static final List<String> FIRST_NAMES = List.of("Anne", "Bernard", "Catherine", "Damien", "Élodie", "Fabrice",
            "Gwenaëlle", "Hervé", "Isabelle", "Jean-Yves", "Karine", "Loïc", "Maëlle", "Nicolas", "Odile", "Pascal",
            "Rozenn", "Samir", "Typhaine", "Yann", "Aïcha", "Mathieu", "Nathalie", "Erwan");

    static final List<String> LAST_NAMES = List.of("Le Bras", "Guérin", "Moreau", "Le Roux", "Kerhervé", "Dupuis",
            "Tanguy", "Le Gall", "Bouvier", "Nicolas", "Perrin", "Riou", "Cadiou", "Benhamou", "Lemoine", "Jaouen",
            "Morvan", "Garnier", "Traoré", "Le Meur");

    /** The pôle's own interviewers; the first is the demo pôle account's person, the second the seed's. */
    static final List<String> POLE_INTERVIEWERS = List.of(EvaluationDemoTexts.RESPONSE_INTERVIEWER,
            EvaluationDemoTexts.INTERVIEWER, "Yannick Le Goff", "Sarah Benoît");

    /** The external firms, each with the consultant who holds its interviews. */
    record Firm(String name, String interviewer) {

        String evaluators() {
            return name + " ; entretiens : " + interviewer;
        }
    }

    static final List<Firm> FIRMS = List.of(
            new Firm("Cabinet Estuaire Évaluation", "Julie Marchais"),
            new Firm("Kerlann Conseil", "Thomas Le Dantec"),
            new Firm("Territoires en mouvement, études et conseil", "Inès Bouchard"),
            new Firm("Laboratoire d'études urbaines de l'université (convention de recherche)", "Paul Guillerm"));

    static final Map<IntervieweeCategory, List<String>> NOTES = Map.of(
            ELECTED_OFFICIAL, List.of(
                    "Membre du conseil municipal, délégation de quartier. Attentif aux résultats visibles pour les habitants.",
                    "Membre de l'exécutif municipal, sur la délégation concernée depuis le début du mandat. Veut des"
                            + " objectifs chiffrés."),
            DEPUTY_GENERAL_DIRECTOR, List.of(
                    "Direction générale adjointe du pôle concerné. Insiste sur l'articulation avec la Métropole.",
                    "DGA, a suivi l'action depuis son lancement. Préoccupé par la charge des équipes."),
            DIRECTOR, List.of(
                    "Direction qui porte l'action. Décrit le pilotage, les moyens et les arbitrages budgétaires.",
                    "Direction partenaire de l'action. Souhaite des données partagées et un interlocuteur unique."),
            AGENT, List.of(
                    "Agent de terrain depuis plusieurs années. Connaît les publics ; décrit les démarches et leurs freins.",
                    "Poste d'animation en maison de quartier. Témoigne de la relation aux familles et de la charge de travail."),
            PARTNER, List.of(
                    "Responsable d'une association partenaire, conventionnée avec la Ville.",
                    "Pour un partenaire institutionnel (bailleur, CAF ou Éducation nationale) ; suit l'action depuis le début."),
            CITIZEN, List.of(
                    "Bénéficiaire habitant le quartier ; entretien tenu à la maison de quartier.",
                    "Membre d'un conseil de quartier ; a participé à la consultation de lancement."));

    /** The categories heard, with their weight; a participatory evaluation hears more citizens. */
    static final List<IntervieweeCategory> HEARD = List.of(ELECTED_OFFICIAL, ELECTED_OFFICIAL, DEPUTY_GENERAL_DIRECTOR,
            DIRECTOR, DIRECTOR, AGENT, AGENT, AGENT, PARTNER, PARTNER, PARTNER, CITIZEN, CITIZEN);

    static final List<IntervieweeCategory> HEARD_WITH_CITIZENS = List.of(ELECTED_OFFICIAL, DIRECTOR, AGENT, AGENT,
            PARTNER, PARTNER, CITIZEN, CITIZEN, CITIZEN, CITIZEN, CITIZEN);

    static final String ACCESS = "accès des publics";
    static final String MEANS = "moyens";
    static final String STEERING = "pilotage";
    static final String EFFECTS = "effets sur les habitants";
    static final String LASTING = "pérennité";
    static final String PARTICIPATION = "participation des habitants";
    static final String COORDINATION = "coordination des services";
    static final String INDICATORS = "indicateurs";

    /** A quote, verbatim; the keys of the questions it informs; the categories of people who would say it. */
    record QuoteSpec(String text, List<String> themes, Set<Integer> questions, Set<IntervieweeCategory> saidBy) {
    }

    static final List<QuoteSpec> QUOTES = List.of(
            new QuoteSpec("Au départ, on ne savait pas très bien ce qu'on attendait de nous. Les objectifs sont arrivés"
                    + " après, presque en cours de route.", List.of(STEERING), Set.of(0, 6),
                    Set.of(DIRECTOR, AGENT, DEPUTY_GENERAL_DIRECTOR)),
            new QuoteSpec("Les familles qui en ont le plus besoin, on ne les voit pas. Celles qui viennent, ce sont celles"
                    + " qui savent déjà où frapper.", List.of(ACCESS), Set.of(1), Set.of(AGENT, PARTNER, ELECTED_OFFICIAL)),
            new QuoteSpec("Pour moi ça a tout changé : je sors de chez moi, je connais du monde, je sais à qui"
                    + " m'adresser.", List.of(EFFECTS), Set.of(2), Set.of(CITIZEN)),
            new QuoteSpec("On fait beaucoup avec peu. Mais on est au bout : une personne de moins et tout s'arrête.",
                    List.of(MEANS, EvaluationDemoTexts.WORKLOAD), Set.of(3, 5), Set.of(AGENT, DIRECTOR)),
            new QuoteSpec("Chacun travaille dans son coin : la Ville d'un côté, la Métropole de l'autre, et les"
                    + " associations au milieu qui font le lien comme elles peuvent.", List.of(COORDINATION,
                    EvaluationDemoTexts.METROPOLIS), Set.of(4), Set.of(PARTNER, DIRECTOR, DEPUTY_GENERAL_DIRECTOR)),
            new QuoteSpec("Si le financement s'arrête l'an prochain, rien ne dit que ça tiendra. Ça repose sur deux"
                    + " ou trois personnes très engagées.", List.of(LASTING), Set.of(5), Set.of(PARTNER, AGENT)),
            new QuoteSpec("Le comité de suivi s'est réuni deux fois en trois ans. Les décisions se prennent ailleurs.",
                    List.of(STEERING), Set.of(6), Set.of(PARTNER, ELECTED_OFFICIAL, DIRECTOR)),
            new QuoteSpec("On nous a demandé notre avis, oui. Mais on n'a jamais su ce qu'il était devenu.",
                    List.of(PARTICIPATION, EvaluationDemoTexts.REPORTING_BACK), Set.of(7), Set.of(CITIZEN, PARTNER)),
            new QuoteSpec("Quand on a présenté les résultats en conseil de quartier, les gens se sont reconnus dans les"
                    + " chiffres. Ça, c'est précieux.", List.of(EvaluationDemoTexts.REPORTING_BACK, EFFECTS), Set.of(2, 7),
                    Set.of(ELECTED_OFFICIAL, AGENT)),
            new QuoteSpec("Ce qui marche, c'est la proximité. Quand l'agent connaît les gens par leur prénom, tout"
                    + " devient plus simple.", List.of(ACCESS), Set.of(1, 2), Set.of(AGENT, CITIZEN, PARTNER)),
            new QuoteSpec("Il faut arrêter de compter les inscrits et commencer à regarder ce que ça change vraiment pour"
                    + " eux.", List.of(INDICATORS), Set.of(2, 3), Set.of(ELECTED_OFFICIAL, DEPUTY_GENERAL_DIRECTOR, DIRECTOR)),
            new QuoteSpec("On l'a appris par hasard, par une voisine. À la mairie de quartier, il n'y avait rien.",
                    List.of(ACCESS, "communication"), Set.of(1), Set.of(CITIZEN)),
            new QuoteSpec("Les démarches sont trop lourdes : trois formulaires, des justificatifs, et une réponse deux mois"
                    + " après.", List.of(ACCESS, "simplification"), Set.of(1, 3), Set.of(CITIZEN, PARTNER)),
            new QuoteSpec("Politiquement, c'est un marqueur du mandat. Mais il faut qu'on puisse montrer des résultats, pas"
                    + " seulement des intentions.", List.of(EvaluationDemoTexts.REPORTING_BACK, INDICATORS), Set.of(0, 2),
                    Set.of(ELECTED_OFFICIAL)),
            new QuoteSpec("Nos agents y croient, mais ils ont besoin d'être formés : on leur demande un métier qui n'est plus"
                    + " tout à fait le leur.", List.of(EvaluationDemoTexts.WORKLOAD, "formation des agents"), Set.of(3, 6),
                    Set.of(DIRECTOR, DEPUTY_GENERAL_DIRECTOR)),
            new QuoteSpec("Avec la Métropole, on commence enfin à partager les mêmes données. Il a fallu dix ans.",
                    List.of(EvaluationDemoTexts.METROPOLIS, INDICATORS), Set.of(4), Set.of(DEPUTY_GENERAL_DIRECTOR, DIRECTOR)),
            new QuoteSpec("Les associations du quartier sont prêtes à porter davantage, si on leur fait confiance sur la durée"
                    + " et pas à l'année.", List.of(EvaluationDemoTexts.CIVIL_SOCIETY, LASTING), Set.of(4, 5),
                    Set.of(PARTNER)),
            new QuoteSpec("J'ai essayé une fois, puis j'ai arrêté : les horaires ne collaient pas avec mon travail.",
                    List.of(ACCESS, "horaires"), Set.of(1), Set.of(CITIZEN)),
            new QuoteSpec("Ça a créé du lien entre des gens qui ne se seraient jamais rencontrés. C'est difficile à mesurer,"
                    + " mais c'est réel.", List.of("lien social", EFFECTS), Set.of(2, 5), Set.of(PARTNER, AGENT, CITIZEN)),
            new QuoteSpec("Le jour où l'élu référent a changé, tout a été remis à plat. On a perdu un an.",
                    List.of(STEERING, LASTING), Set.of(5, 6), Set.of(AGENT, PARTNER, DIRECTOR)),
            new QuoteSpec("On a besoin de savoir ce qui marche ailleurs : d'autres grandes villes ont essayé d'autres"
                    + " formules, il faut aller voir.", List.of("comparaison"), Set.of(0, 4),
                    Set.of(ELECTED_OFFICIAL, DEPUTY_GENERAL_DIRECTOR)),
            new QuoteSpec("Les gens, on ne les fait pas venir avec une affiche. Il faut aller les chercher là où ils sont.",
                    List.of(ACCESS, PARTICIPATION), Set.of(1, 7), Set.of(AGENT, PARTNER, CITIZEN)),
            new QuoteSpec("On a été écoutés pendant la concertation, et on retrouve certaines de nos idées dans ce qui s'est"
                    + " fait. Ça donne envie de revenir.", List.of(PARTICIPATION, EFFECTS), Set.of(7, 2), Set.of(CITIZEN)),
            new QuoteSpec("Le budget a été tenu, mais personne ne sait dire ce qu'on aurait obtenu autrement avec la même"
                    + " somme.", List.of(MEANS, INDICATORS), Set.of(3), Set.of(DEPUTY_GENERAL_DIRECTOR, ELECTED_OFFICIAL)));

    private EvaluationGeneratedVoices() {
    }
}
