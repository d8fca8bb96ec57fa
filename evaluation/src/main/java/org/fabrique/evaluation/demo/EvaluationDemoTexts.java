package org.fabrique.evaluation.demo;

import static org.fabrique.evaluation.domain.IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR;
import static org.fabrique.evaluation.domain.IntervieweeCategory.DIRECTOR;
import static org.fabrique.evaluation.domain.IntervieweeCategory.ELECTED_OFFICIAL;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.IntervieweeCategory;

/**
 * The French texts of the evaluation demo. First the seed's evaluation of the Ateliers prospectifs
 * (2013–2014): its framing, its four evaluative questions and their findings, its eleven interviews (3
 * elected officials, 2 deputy general directors, 6 directors, September–October 2013; the names are
 * invented and only the pôle reads them), the quotes the seed prints, verbatim, and its four
 * recommendations with their follow-up. Then this year's evaluation in progress, of the citizen-dialogue
 * answer commitment, and the evaluation a past workshop commissioned.
 */
final class EvaluationDemoTexts {

    static final int PROGRAMME_YEAR = 2013;
    static final String TITLE = "Évaluation des Ateliers prospectifs 2008–2013";
    static final String OBJECT_DESCRIPTION = "Les Ateliers prospectifs : seize ateliers en deux cycles (2008–2013) où un"
            + " collectif d'élus fixe le cap d'une politique publique, les services en ressource, selon un protocole en"
            + " trois séquences (exploratoire, ressource, scénario) qui aboutit à un référentiel et à un plan d'actions."
            + " Évaluation qualitative : analyse des documents produits et onze entretiens auprès de trois élus, deux"
            + " directeurs généraux adjoints et six directeurs.";
    static final String ORIGIN_LABEL = "Programme d'évaluation du pôle 2013";
    static final String EVALUATORS = "Romain Pasquier (CNRS, CRAPE, IEP de Rennes) ; entretiens : François Ferrere,"
            + " chargé d'études";
    static final String INTERVIEWER = "François Ferrere";
    static final LocalDate START = LocalDate.of(2013, 9, 1);
    static final LocalDate END = LocalDate.of(2014, 2, 28);
    /** When the pôle made the report public, on the public pages. */
    static final LocalDate REPORT_PUBLISHED = LocalDate.of(2014, 3, 17);

    /** The seed's "idée force", in its own words. */
    static final String SUMMARY = "Au terme de cette évaluation qualitative, il se dégage une idée force parmi les acteurs"
            + " et participants à ces Ateliers : la conviction d'une grande utilité de ces Ateliers dans la conception, la"
            + " fabrication et la mise en œuvre des politiques publiques de la Ville de Nantes. Les élus et techniciens"
            + " interrogés sont en effet unanimes à partager ce sentiment de valeur ajoutée de cette démarche prospective."
            + " Ces Ateliers doivent néanmoins évoluer par la prise en compte d'une double dimension : les jeux d'échelle"
            + " entre la ville et la métropole et la nécessité d'inclure davantage dans la démarche les acteurs « clés » de"
            + " la société civile nantaise.";

    /** An evaluative question, its criteria and the finding the analysis drew for it. */
    record QuestionSpec(String text, Set<Criterion> criteria, String finding) {
    }

    /** An interview; {@code name} is invented, and confidential to the pôle. */
    record InterviewSpec(IntervieweeCategory category, String name, LocalDate on, String notes) {
    }

    /**
     * A quote, verbatim, said in the interview at index {@code interview}, tagged with themes and with the
     * questions (indexes in the evaluation's list) it informs.
     */
    record QuoteSpec(int interview, String text, List<String> themes, List<Integer> questions) {
    }

    /**
     * A recommendation and its follow-up: the directorate that owns it (a demo directorate's name) or, for
     * none, the owner in words; its due date, fixed or counted from the day the demo is loaded.
     */
    record RecommendationSpec(String text, String ownerDirectorate, String ownerLabel, LocalDate fixedDue,
            Period fromToday, FollowUpStatus status, String comment) {

        LocalDate due(LocalDate today) {
            return fixedDue != null ? fixedDue : today.plus(fromToday);
        }
    }

    static final String SOCIALISATION = "socialisation";
    static final String FRAMING = "cadrage des politiques publiques";
    static final String NARRATIVE = "récit territorial";
    static final String ELECTED_AND_SERVICES = "relation élus-services";
    static final String PROTECTED = "cadre protégé";
    static final String TERM_START = "début de mandat";
    static final String METROPOLIS = "métropole";
    static final String CIVIL_SOCIETY = "société civile";

    static final List<QuestionSpec> QUESTIONS = List.of(
            new QuestionSpec("Quels apports des Ateliers prospectifs dans la gouvernance locale ?",
                    Set.of(Criterion.SUSTAINABILITY, Criterion.IMPACT),
                    "Deux fonctions majeures émergent des entretiens. La première est une fonction de socialisation aux"
                            + " principaux enjeux urbains : par une montée en généralité (benchmark), élus et techniciens ont"
                            + " pris la mesure des grands enjeux qui traversent le fait urbain contemporain (croissance"
                            + " démographique, inégalités…). Cette fonction a été particulièrement bien remplie ; les personnes"
                            + " interrogées sont unanimes sur la valeur ajoutée de la démarche, qui a permis une mise à niveau"
                            + " des connaissances avant le débat."),
            new QuestionSpec("Comment cet exercice peut-il dessiner une vision partagée – élus, services publics – du"
                    + " territoire et soutenir la capacité à agir de chacun ?",
                    Set.of(Criterion.EFFECTIVENESS, Criterion.COHERENCE),
                    "La seconde fonction est un cadrage des politiques publiques municipales : des diagnostics et des"
                            + " orientations validés collectivement, qui font ensuite office de « projet sectoriel »"
                            + " d'administration ou de service et redonnent du sens à des politiques fonctionnant souvent en"
                            + " tuyaux d'orgue. Les Ateliers ont façonné un récit territorial « à la nantaise », cadre cognitif"
                            + " de la chaîne décisionnelle, et redéfini le couple élu/technicien autour de diagnostics et de"
                            + " feuilles de route transversales."),
            new QuestionSpec("Le cadre méthodologique (trois séquences, cadre protégé) est-il adapté ?",
                    Set.of(Criterion.RELEVANCE, Criterion.EFFICIENCY),
                    "Le cadre privilégié et protégé, où la parole était « libre » et où élus, techniciens et experts"
                            + " pouvaient dialoguer et s'écouter, correspond à l'objectif : un moment d'apesanteur"
                            + " institutionnelle qui permet de construire un récit territorial partagé. Quelques critiques"
                            + " portent sur la durée des Ateliers (plus courte, plus longue ?) ou le caractère quelque peu"
                            + " fastidieux du troisième temps, sans qu'une alternative crédible émerge. Les élus saluent un"
                            + " exercice qui forme aux enjeux et prépare, en début de mandat, la déclinaison du programme."),
            new QuestionSpec("Pourquoi doivent-ils à l'avenir s'ouvrir à la société civile et aux enjeux métropolitains ?",
                    Set.of(Criterion.RELEVANCE, Criterion.SUSTAINABILITY),
                    "Les Ateliers sont restés très centrés sur la collectivité « Ville de Nantes », sans s'ouvrir aux"
                            + " porte-paroles d'une société locale extrêmement dynamique (chefs d'entreprise, universitaires,"
                            + " chercheurs, créateurs…), ni à l'échelle de la métropole, alors que les enjeux de la Ville et de"
                            + " la Communauté urbaine se chevauchent. La distinction entre des Ateliers « grands enjeux » et des"
                            + " Ateliers « politiques publiques » aiderait à articuler les deux échelles."));

    /** The eleven interviews, by date: elected officials 0–2, deputy general directors 3–4, directors 5–10. */
    static final List<InterviewSpec> INTERVIEWS = List.of(
            new InterviewSpec(ELECTED_OFFICIAL, "Bernard Quéméneur", LocalDate.of(2013, 9, 3),
                    "Élu membre de trois ateliers du premier cycle. Insiste sur la mise à niveau des connaissances et sur"
                            + " la fin du vieux débat entre élus et fonctionnaires."),
            new InterviewSpec(ELECTED_OFFICIAL, "Nadine Le Bihan", LocalDate.of(2013, 9, 12),
                    "Élue de quartier, membre d'ateliers hors de sa délégation. Retient ce qu'elle a appris des autres"
                            + " regards ; souhaite d'autres ateliers."),
            new InterviewSpec(ELECTED_OFFICIAL, "Patrick Joubert", LocalDate.of(2013, 10, 2),
                    "Adjoint, président d'un atelier de la seconde vague. Valorise le travail en commun plutôt que chacun"
                            + " dans son coin ; pense à l'échelle métropolitaine."),
            new InterviewSpec(DEPUTY_GENERAL_DIRECTOR, "Sylvie Marchand", LocalDate.of(2013, 9, 5),
                    "DGA, a suivi quatre ateliers. Les axes d'action collective identifiés ; l'aller-retour entre élus et"
                            + " services qui oblige à préciser les intentions."),
            new InterviewSpec(DEPUTY_GENERAL_DIRECTOR, "Thierry Gourmelon", LocalDate.of(2013, 9, 24),
                    "DGA, membre de comités d'animation. Le débat sur une problématique partagée ; souhaite un temps"
                            + " d'échange avec des acteurs extérieurs avant le plan d'actions."),
            new InterviewSpec(DIRECTOR, "Anne Rivallain", LocalDate.of(2013, 9, 9),
                    "Directrice, membre du comité d'animation d'un atelier du premier cycle. Le référentiel comme cadre"
                            + " de référence du projet."),
            new InterviewSpec(DIRECTOR, "Olivier Besnard", LocalDate.of(2013, 9, 16),
                    "Directeur. L'atelier a conduit à revoir le plan d'actions de la direction et son organisation."),
            new InterviewSpec(DIRECTOR, "Catherine Le Floch", LocalDate.of(2013, 9, 19),
                    "Directrice. Un exercice très formateur pour les nouveaux élus, à mener en tout début de mandat."),
            new InterviewSpec(DIRECTOR, "Jérôme Tessier", LocalDate.of(2013, 9, 27),
                    "Directeur, ressource d'un atelier de la seconde vague. Troisième séquence jugée longue ; benchmark"
                            + " apprécié."),
            new InterviewSpec(DIRECTOR, "Valérie Huchet", LocalDate.of(2013, 10, 8),
                    "Directrice. Le référentiel a facilité l'animation des cadres de la direction."),
            new InterviewSpec(DIRECTOR, "Laurent Gicquel", LocalDate.of(2013, 10, 10),
                    "Directeur. Souhaite des notes de synthèse diffusées aux partenaires externes."));

    /** The quotes the seed prints, verbatim, each in an interview of the category it names. */
    static final List<QuoteSpec> QUOTES = List.of(
            new QuoteSpec(0, "Je pense que ça a permis une phase d'appropriation, de mise à niveau des connaissances qui est"
                    + " aussi importante à mon avis pour ensuite avoir un débat... Et donc je pense que dans un management"
                    + " collectif d'une collectivité, c'est très important de concerner un certain nombre d'élus sur des sujets"
                    + " fondamentaux sur lesquels on a des politiques publiques à écrire.",
                    List.of(SOCIALISATION), List.of(0)),
            new QuoteSpec(5, "Pour moi, poser la question du fond, poser la question des enjeux politiques au sens noble du"
                    + " terme, politique lorsqu'il y a de l'intention, non pas partisane évidemment, ça me paraît essentiel."
                    + " Parce que du coup si on ne se met pas d'accord sur ces enjeux politiques, comment est-ce qu'on peut"
                    + " définir demain un projet? C'est quoi après le guide? Et du coup pour moi c'est essentiel de poser ce"
                    + " cadre-là qui est le cadre de référence qui va déterminer le projet",
                    List.of(NARRATIVE, FRAMING), List.of(1)),
            new QuoteSpec(6, "L'Atelier prospectif a permis de travailler sur le fond, de bosser sur le sens, de redéfinir des"
                    + " priorités et à partir de ça on a retravaillé sur notre plan d'actions au regard des priorités (...) et"
                    + " sur un ajustement d'organisation.",
                    List.of(FRAMING), List.of(0, 1)),
            new QuoteSpec(1, "J'ai trouvé ça très intéressant d'être associée à la construction d'une autre politique (sous"
                    + " entendu, que celle portée par ma délégation). Il y avait un élu de quartier, il y avait des élus avec"
                    + " différents regards, je trouvais ça intéressant",
                    List.of(SOCIALISATION), List.of(0)),
            new QuoteSpec(1, "J'ai vraiment eu l'impression de sortir plus intelligente de ces matinées là, parce que j'avais"
                    + " appris des choses. J'avais discuté avec des gens qui, soit n'étaient pas du même avis, soit avaient des"
                    + " connaissances que je n'avais pas et que moi j'avais un regard que eux n'avaient pas.",
                    List.of(SOCIALISATION, PROTECTED), List.of(0, 2)),
            new QuoteSpec(3, "Ça a permis d'identifier des axes sur lesquels l'action collective allait porter.",
                    List.of(FRAMING), List.of(1)),
            new QuoteSpec(2, "On avait appris des choses, (...). Et puis au lieu de construire chacun sa politique dans son"
                    + " coin, et bien voilà, on discutait tous ensemble.",
                    List.of(SOCIALISATION, NARRATIVE), List.of(0, 1)),
            new QuoteSpec(3, "Le débat avec les élus, je trouve ça intéressant parce que du coup ça nous oblige à faire"
                    + " préciser aux élus leurs intentions et donc cet aller-retour là il agit vraiment d'abord entre les"
                    + " services et les élus.",
                    List.of(ELECTED_AND_SERVICES, FRAMING), List.of(1)),
            new QuoteSpec(0, "Au fond, la démarche mettait fin à un vieux clivage ou une vieille polémique qui avait cours dans"
                    + " les collectivités locales. Il y avait toujours les fonctionnaires pour dire, « de toute façon, on ne"
                    + " sait pas quelle est la politique, donc on ne sait pas comment faire, on ne connaît pas les orientations"
                    + " politiques ». C'est un vieux débat parce que c'était souvent la manière qu'avaient les fonctionnaires"
                    + " de justifier leur inaction, en disant « je ne sais pas dans quel sens on va ». Et bien je trouve que là"
                    + " pour le coup la collectivité a pris le taureau par les cornes, (...), en disant « banco », on va mettre"
                    + " en tension cette question en formalisant la politique.",
                    List.of(ELECTED_AND_SERVICES, FRAMING), List.of(1)),
            new QuoteSpec(4, "L'objectif c'est bien de faire débat. Un débat à partir d'une problématique partagée, d'un"
                    + " apport d'experts, qui puisse ensuite consolider une position collective",
                    List.of(PROTECTED), List.of(2)),
            new QuoteSpec(7, "Et puis après si on le fait... il faut le faire en tout début de mandat puisque vraiment, c'est"
                    + " ce qui va annoncer la politique oui. Je trouve que pour les nouveaux élus et bien c'était vraiment tout"
                    + " d'un coup, paf, on en prenait vraiment plein la tête de données, d'éléments, d'orientations, de"
                    + " comparaisons, c'était très formateur",
                    List.of(TERM_START, SOCIALISATION), List.of(0, 2)),
            new QuoteSpec(4, "Ça serait intéressant qu'il y ait entre les élus et certains acteurs, comme entre les services et"
                    + " les acteurs, un temps d'échange sur les orientations dont on est en train de débattre et de se doter,"
                    + " peut-être avant effectivement la construction finale du plan d'actions.",
                    List.of(CIVIL_SOCIETY), List.of(3)),
            new QuoteSpec(2, "Une ambiance collective aussi ça compte. (...) L'idée qu'un élu municipal soit capable"
                    + " d'embrasser beaucoup de politiques municipales et métropolitaines menées sur le territoire et d'être"
                    + " capable d'en échanger et qu'on ne soit pas dans une machine en tuyau d'orgues est une idée importante.",
                    List.of(METROPOLIS, SOCIALISATION), List.of(0, 3)));

    static final String POLE = "Pôle dialogue citoyen, évaluation et prospective";

    /** The seed's four "pistes à explorer" and where their follow-up stands today. */
    static final List<RecommendationSpec> RECOMMENDATIONS = List.of(
            new RecommendationSpec("Poursuivre et renforcer le dispositif, en particulier dans un contexte de renouvellement"
                    + " des élus", null, POLE, LocalDate.of(2014, 12, 31), null, FollowUpStatus.DONE,
                    "Les Ateliers ont été reconduits après le renouvellement municipal : un nouveau cycle d'ateliers est ouvert"
                            + " cette année, présidé par une élue et suivi par le pôle."),
            new RecommendationSpec("Assumer la distinction entre des Ateliers « Grands enjeux » et des Ateliers « Politiques"
                    + " publiques »", null, POLE, null, Period.ofMonths(-3), FollowUpStatus.DONE,
                    "Distinction assumée : le cycle en cours est un cycle d'Ateliers « grands enjeux » (Grand enjeu : la"
                            + " culture, fabrique du lien social dans la métropole), les Ateliers « politiques publiques »"
                            + " gardant leur protocole en trois séquences."),
            new RecommendationSpec("Travailler l'articulation avec l'échelle métropolitaine, en particulier sur les Ateliers"
                    + " « Grands enjeux »", "Direction de l'urbanisme", "Direction de l'urbanisme", null,
                    Period.ofMonths(10), FollowUpStatus.PLANNED,
                    "L'atelier grand enjeu en cours travaille à l'échelle de la métropole et un vice-président métropolitain"
                            + " y siège ; une rencontre avec les services de Nantes Métropole est prévue pour les associer"
                            + " aux prochains ateliers."),
            new RecommendationSpec("Ouvrir les Ateliers à des représentants de la société civile", "Direction de la culture",
                    "Direction de la culture", null, Period.ofMonths(-2), FollowUpStatus.IN_PROGRESS,
                    "Trois représentants de la société civile (maisons de quartier, théâtre de rue, entreprises culturelles)"
                            + " siègent dans l'atelier grand enjeu sur la culture ; la règle de leur participation aux"
                            + " prochains ateliers reste à écrire, après l'échéance prévue."));

    /** The evaluation of this year's programme in progress, on the citizen-dialogue answer commitment. */
    static final String RESPONSE_TITLE = "Évaluation de l'engagement de réponse du dialogue citoyen";
    static final String RESPONSE_OBJECT = "L'engagement de la Ville à répondre à chaque préconisation citoyenne dans le"
            + " délai fixé par le programme de dialogue citoyen, et à rendre compte publiquement de ses réponses.";
    static final String RESPONSE_EVALUATORS = "Pôle dialogue citoyen, évaluation et prospective, avec un panel de six"
            + " habitants";
    static final String RESPONSE_INTERVIEWER = "Claire Morel";

    static String programmeLabel(int year) {
        return "Programme d'évaluation du pôle " + year;
    }

    static final String DEADLINE = "délai de réponse";
    static final String ANSWER_QUALITY = "qualité des réponses";
    static final String REPORTING_BACK = "rendre compte";
    static final String WORKLOAD = "charge des directions";

    static final List<QuestionSpec> RESPONSE_QUESTIONS = List.of(
            new QuestionSpec("Les directions répondent-elles aux préconisations citoyennes dans le délai de l'engagement ?",
                    Set.of(Criterion.EFFECTIVENESS), null),
            new QuestionSpec("Les réponses rendues aux habitants sont-elles compréhensibles et argumentées ?",
                    Set.of(Criterion.RELEVANCE, Criterion.IMPACT), null),
            new QuestionSpec("Le délai de réponse est-il tenable pour les directions au regard de leurs moyens ?",
                    Set.of(Criterion.EFFICIENCY, Criterion.COHERENCE), null));

    /** Its interviews so far, dated from the day the demo is loaded: two citizens, an agent, a partner. */
    static List<InterviewSpec> responseInterviews(LocalDate today) {
        return List.of(
                new InterviewSpec(IntervieweeCategory.CITIZEN, "Mireille Caradec", today.minusDays(40),
                        "Habitante, membre d'un groupe de la mairie de quartier de Doulon – Bottière ; a rédigé des"
                                + " préconisations et attendu la réponse."),
                new InterviewSpec(IntervieweeCategory.AGENT, "Karim Haddad", today.minusDays(33),
                        "Agent chargé de préparer les réponses d'une direction ; décrit le circuit de validation."),
                new InterviewSpec(IntervieweeCategory.PARTNER, "Gaëlle Morvan", today.minusDays(26),
                        "Responsable d'une association d'éducation populaire qui accompagne des groupes d'habitants."),
                new InterviewSpec(IntervieweeCategory.CITIZEN, "Louis Bertin", today.minusDays(12),
                        "Habitant, panel citoyen d'un projet de la direction des sports ; a reçu une réponse « non"
                                + " retenu »."));
    }

    static final List<QuoteSpec> RESPONSE_QUOTES = List.of(
            new QuoteSpec(0, "On a passé deux soirées à écrire nos préconisations. La réponse est arrivée quatre mois plus"
                    + " tard, alors qu'on nous avait dit trois.", List.of(DEADLINE), List.of(0)),
            new QuoteSpec(1, "Quand une préconisation touche trois directions, personne ne se sent propriétaire de la réponse"
                    + " et le délai file.", List.of(DEADLINE, WORKLOAD), List.of(0, 2)),
            new QuoteSpec(1, "Quatre-vingt-dix jours, c'est tenable pour une réponse d'attente, pas toujours pour une décision"
                    + " qui doit passer en bureau municipal.", List.of(WORKLOAD), List.of(2)),
            new QuoteSpec(2, "Les habitants que nous accompagnons lisent le tableau de bord : un taux affiché, c'est un"
                    + " engagement qu'on peut rappeler.", List.of(REPORTING_BACK), List.of(1)),
            new QuoteSpec(3, "La réponse disait « non retenu », mais elle expliquait pourquoi. Ça, on peut l'entendre.",
                    List.of(ANSWER_QUALITY, REPORTING_BACK), List.of(1)));

    static final String ON_TIME_RATE = "Taux de réponse dans les délais aux préconisations citoyennes";
    static final String ANSWERED = "Préconisations citoyennes ayant reçu une réponse";
    static final String COMMITMENT_SOURCE = "Tableau de bord de l'engagement de réponse (Fabrique)";
    static final String BEFORE_COMMITMENT = "Avant l'engagement de réponse : relevé manuel des concertations de l'année.";

    static String measuredOnProgramme(int year) {
        return "Calculé par Fabrique sur les préconisations du programme " + year + ".";
    }

    private EvaluationDemoTexts() {
    }
}
