package org.fabrique.evaluation.demo;

import static org.fabrique.evaluation.domain.Criterion.COHERENCE;
import static org.fabrique.evaluation.domain.Criterion.EFFECTIVENESS;
import static org.fabrique.evaluation.domain.Criterion.EFFICIENCY;
import static org.fabrique.evaluation.domain.Criterion.IMPACT;
import static org.fabrique.evaluation.domain.Criterion.RELEVANCE;
import static org.fabrique.evaluation.domain.Criterion.SUSTAINABILITY;
import static org.fabrique.evaluation.domain.EvaluationObject.METHOD;
import static org.fabrique.evaluation.domain.EvaluationObject.POLICY;
import static org.fabrique.evaluation.domain.EvaluationObject.SCHEME;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.FollowUpStatus;

/**
 * The French texts of the generated evaluations: what they judge (two subjects for each of the core's sixteen public
 * policies, a policy and one of its schemes, and four of the pôle's methods), their questions and findings, summaries,
 * recommendations and follow-up comments, and the indicators they measure. Each subject is written as a noun phrase
 * with its article ("le Pass culture jeunes"), which {@link #of} and the templates contract as French does.
 */
final class EvaluationGeneratedTexts {

    /**
     * What an evaluation judges: the public policy it belongs to (a core policy's name, null for a method), what kind
     * of object it is, its noun phrase with its article, and what it is in a sentence.
     */
    record Subject(String policy, EvaluationObject object, String phrase, String description) {
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("Culture", POLICY, "la politique culturelle de proximité", "Les bibliothèques, les maisons de"
                    + " quartier et les actions culturelles des quartiers, leurs publics et leur complémentarité avec les"
                    + " grands équipements."),
            new Subject("Culture", SCHEME, "le Pass culture jeunes", "Le pass qui ouvre aux 15–25 ans des places de"
                    + " spectacle et des ateliers à tarif réduit chez une trentaine de partenaires culturels."),
            new Subject("Éducation et réussite éducative", POLICY, "le projet éducatif de territoire", "Le projet qui"
                    + " organise les temps de l'enfant autour de l'école : périscolaire, aide aux devoirs, mercredis."),
            new Subject("Éducation et réussite éducative", SCHEME, "le programme de réussite éducative", "Les parcours"
                    + " individualisés proposés aux enfants de 2 à 16 ans des quartiers prioritaires et à leurs familles."),
            new Subject("Égalité, citoyenneté, intégration des populations immigrées", POLICY,
                    "la politique d'égalité et de lutte contre les discriminations", "Le plan municipal de lutte contre"
                    + " les discriminations : formation des agents, soutien aux associations, accès aux droits."),
            new Subject("Égalité, citoyenneté, intégration des populations immigrées", SCHEME,
                    "le conseil pour la citoyenneté des étrangers", "L'instance qui associe des résidents étrangers aux"
                    + " réflexions de la Ville et rend des avis au conseil municipal."),
            new Subject("Jeunesse", POLICY, "la politique jeunesse", "L'accueil, l'information et l'accompagnement des"
                    + " 12–25 ans : espaces jeunes, aide aux projets, prévention."),
            new Subject("Jeunesse", SCHEME, "l'aide aux projets de jeunes", "Les bourses et l'accompagnement accordés aux"
                    + " jeunes qui portent un projet collectif, culturel, solidaire ou de mobilité."),
            new Subject("Logement habitat", POLICY, "la politique locale de l'habitat", "La production de logements"
                    + " abordables, la rénovation du parc ancien et l'accompagnement des ménages modestes."),
            new Subject("Logement habitat", SCHEME, "les aides à la rénovation énergétique des copropriétés", "Les"
                    + " subventions et le conseil apportés aux copropriétés fragiles ou énergivores pour engager des travaux."),
            new Subject("Personnes âgées", POLICY, "la politique en faveur des personnes âgées", "Le maintien à domicile,"
                    + " les résidences autonomie, les animations et la prévention de la perte d'autonomie."),
            new Subject("Personnes âgées", SCHEME, "les visites de convivialité aux personnes isolées", "Les visites à"
                    + " domicile de bénévoles et d'agents auprès des personnes âgées isolées repérées avec les partenaires."),
            new Subject("Petite enfance", POLICY, "la politique petite enfance", "L'offre d'accueil des moins de trois ans"
                    + " (multi-accueils, crèches familiales, relais petite enfance) et l'attribution des places."),
            new Subject("Petite enfance", SCHEME, "la commission d'attribution des places en crèche", "Les critères, la"
                    + " procédure et la transparence de l'attribution des places d'accueil municipales."),
            new Subject("Solidarité et action sociale", POLICY, "la politique de solidarité et d'action sociale", "L'accueil"
                    + " social, les aides facultatives du CCAS et l'accompagnement des personnes en situation de précarité."),
            new Subject("Solidarité et action sociale", SCHEME, "l'aide alimentaire d'urgence", "Les bons alimentaires et"
                    + " l'épicerie solidaire proposés par le CCAS et ses partenaires associatifs."),
            new Subject("Sport", POLICY, "la politique sportive municipale", "Les équipements sportifs, le soutien aux"
                    + " clubs et le sport pour tous dans les quartiers."),
            new Subject("Sport", SCHEME, "le dispositif Sport pour tous dans les quartiers", "Les activités sportives"
                    + " gratuites encadrées par des éducateurs municipaux au pied des immeubles et pendant les vacances."),
            new Subject("Vie associative", POLICY, "le soutien municipal à la vie associative", "Les subventions, les"
                    + " locaux mis à disposition et l'accompagnement des associations de la ville."),
            new Subject("Vie associative", SCHEME, "la maison des associations", "Le lieu ressource qui accueille,"
                    + " domicilie, forme et conseille les associations."),
            new Subject("Conciliation des temps", POLICY, "la politique des temps de la ville", "L'adaptation des horaires"
                    + " des services publics aux rythmes de vie des habitants et des agents."),
            new Subject("Conciliation des temps", SCHEME, "l'ouverture élargie des services municipaux", "L'ouverture en"
                    + " soirée et le samedi des mairies de quartier, des bibliothèques et de plusieurs équipements."),
            new Subject("Musée des Beaux-Arts", POLICY, "la politique des publics du musée", "La médiation, la"
                    + " programmation et la tarification du musée pour élargir et renouveler ses publics."),
            new Subject("Musée des Beaux-Arts", SCHEME, "la gratuité du premier dimanche au musée", "L'entrée libre au"
                    + " musée chaque premier dimanche du mois, avec des visites et des ateliers pour les familles."),
            new Subject("Prévention de la délinquance", POLICY, "la stratégie locale de prévention de la délinquance",
                    "Les actions du conseil local de sécurité et de prévention : médiation, prévention situationnelle,"
                    + " accompagnement des jeunes exposés."),
            new Subject("Prévention de la délinquance", SCHEME, "la médiation sociale de nuit", "Les médiateurs présents en"
                    + " soirée dans les quartiers et les transports pour apaiser les tensions et orienter."),
            new Subject("Accueillir 100 000 habitants", POLICY, "la stratégie d'accueil des nouveaux habitants", "La"
                    + " programmation des écoles, des équipements et des services qui accompagnent la croissance de la ville."),
            new Subject("Accueillir 100 000 habitants", SCHEME, "les journées d'accueil des nouveaux habitants", "Les"
                    + " rencontres organisées chaque automne dans les quartiers pour présenter la ville et ses services."),
            new Subject("Soutien aux émergences", POLICY, "le soutien aux artistes émergents", "Les aides à la création,"
                    + " les résidences et les lieux mis à disposition des artistes en début de parcours."),
            new Subject("Soutien aux émergences", SCHEME, "les résidences d'artistes dans les quartiers", "Des artistes"
                    + " accueillis un an dans un quartier, qui créent avec ses habitants, ses écoles et ses associations."),
            new Subject("Animation sociale & culturelle", POLICY, "la politique d'animation sociale et culturelle", "Les"
                    + " centres socioculturels et les maisons de quartier, leurs projets et leurs conventions avec la Ville."),
            new Subject("Animation sociale & culturelle", SCHEME, "les conventions avec les centres socioculturels", "Les"
                    + " conventions pluriannuelles d'objectifs et de moyens signées avec les associations gestionnaires."),
            new Subject(null, METHOD, "les panels citoyens du pôle", "Les panels d'habitants tirés au sort que le pôle"
                    + " réunit pour rendre un avis sur un projet ou une politique de la Ville."),
            new Subject(null, METHOD, "les marches exploratoires", "Les diagnostics en marchant, avec des habitantes et des"
                    + " habitants, pour repérer ce qu'il faut revoir dans l'aménagement d'un quartier."),
            new Subject(null, METHOD, "les ateliers prospectifs « grands enjeux »", "Les ateliers où élus, services et"
                    + " acteurs de la société civile débattent d'un enjeu de la métropole, selon le protocole du pôle."),
            new Subject(null, METHOD, "le budget participatif", "Les projets proposés puis votés par les habitants, réalisés"
                    + " par les services sur une enveloppe d'investissement annuelle."));

    /**
     * The directorate that owns a policy's follow-up first, by policy name (a core directorate's name); the
     * policies not listed have none of their own.
     */
    static final Map<String, String> DIRECTORATE_OF_POLICY = Map.ofEntries(
            Map.entry("Culture", "Direction de la culture"),
            Map.entry("Éducation et réussite éducative", "Direction de l'éducation"),
            Map.entry("Égalité, citoyenneté, intégration des populations immigrées", "Direction des solidarités"),
            Map.entry("Jeunesse", "Direction de la jeunesse"),
            Map.entry("Logement habitat", "Direction de l'habitat"),
            Map.entry("Personnes âgées", "Direction des personnes âgées"),
            Map.entry("Petite enfance", "Direction de la petite enfance"),
            Map.entry("Solidarité et action sociale", "Direction des solidarités"),
            Map.entry("Sport", "Direction des sports"),
            Map.entry("Vie associative", "Direction de la vie associative"),
            Map.entry("Musée des Beaux-Arts", "Direction du patrimoine et des musées"),
            Map.entry("Prévention de la délinquance", "Direction de la prévention et de la tranquillité publique"),
            Map.entry("Accueillir 100 000 habitants", "Direction de l'urbanisme"),
            Map.entry("Soutien aux émergences", "Direction de la culture"),
            Map.entry("Animation sociale & culturelle", "Direction de la vie associative"));

    /** "de" and the phrase, contracted: "du Pass", "des aides", "de la politique", "de l'aide". */
    static String of(String phrase) {
        if (phrase.startsWith("le ")) {
            return "du " + phrase.substring(3);
        }
        if (phrase.startsWith("les ")) {
            return "des " + phrase.substring(4);
        }
        return "de " + phrase;
    }

    /** The title of a generated evaluation, with its programme year and its lot number, which make it unique. */
    static String title(Subject subject, int year, int number) {
        return "Évaluation " + of(subject.phrase()) + lot(year, number);
    }

    /** The title of the evaluation a recommendation commissions, on the same subject. */
    static String commissionedTitle(Subject subject, int year, int number) {
        return "Évaluation des effets dans la durée " + of(subject.phrase()) + lot(year, number);
    }

    private static String lot(int year, int number) {
        return " (" + year + ", lot " + number + ")";
    }

    /** The recommendation that commissions a further evaluation, and the brief the commission carries. */
    static String commissioningRecommendation(Subject subject) {
        return "Engager une évaluation complémentaire des effets dans la durée sur les publics, ciblée sur "
                + subject.phrase();
    }

    static String commissionedBrief(String evaluationTitle) {
        return "Recommandation de l'évaluation « " + evaluationTitle + " » : mesurer ce qui a changé pour les publics"
                + " depuis l'évaluation, avec les indicateurs suivis depuis et de nouveaux entretiens.";
    }

    static final String COMMISSIONING_COMMENT = "Évaluation complémentaire commandée au pôle, en cours de cadrage.";

    static final List<String> ORIGIN_LABELS = List.of("Commande de l'adjoint au maire chargé de la délégation",
            "Clause d'évaluation de la délibération de création", "Demande du bureau municipal");

    /** An evaluative question: its key (quotes name the questions they inform by key), text, criteria, finding. */
    record Question(int key, String text, Set<Criterion> criteria, String finding) {

        String text(Subject subject) {
            return text.formatted(subject.phrase());
        }
    }

    static final List<Question> QUESTIONS = List.of(
            new Question(0, "Les objectifs poursuivis par %s répondent-ils aux besoins des habitants ?", Set.of(RELEVANCE),
                    "Les objectifs restent pertinents : entretiens et données de fréquentation confirment un besoin réel, plus"
                            + " marqué dans les quartiers prioritaires. Ils n'ont cependant jamais été hiérarchisés ni chiffrés,"
                            + " ce qui rend le bilan difficile à partager."),
            new Question(1, "Les publics visés par %s sont-ils atteints, y compris les plus éloignés ?",
                    Set.of(EFFECTIVENESS),
                    "Les publics visés sont atteints pour l'essentiel, mais par les mêmes canaux qu'ailleurs : ceux qui"
                            + " connaissent déjà les services en profitent d'abord. Les personnes les plus éloignées ne sont"
                            + " touchées que là où une association de proximité fait le relais."),
            new Question(2, "Quels effets observe-t-on chez les habitants touchés par %s ?", Set.of(IMPACT, EFFECTIVENESS),
                    "Les bénéficiaires décrivent des effets concrets (confiance, liens, accès à d'autres services) que les"
                            + " bilans d'activité ne mesurent pas. Les indicateurs suivis comptent des réalisations ; aucun ne"
                            + " dit ce qui change pour les personnes."),
            new Question(3, "Les moyens mobilisés pour %s sont-ils à la mesure des résultats obtenus ?", Set.of(EFFICIENCY),
                    "Le coût par bénéficiaire est comparable à celui de villes de taille voisine. L'action repose toutefois"
                            + " sur peu d'agents, dont la charge a crû plus vite que les moyens, et une part du temps passe en"
                            + " démarches administratives."),
            new Question(4, "Comment s'articulent %s et les interventions de la Métropole et des partenaires ?",
                    Set.of(COHERENCE),
                    "Les interventions se juxtaposent plus qu'elles ne s'articulent : la Ville, la Métropole et les"
                            + " associations suivent chacune leurs publics, sans données partagées ni instance commune. Les"
                            + " partenaires demandent un interlocuteur unique."),
            new Question(5, "Les effets observés sont-ils durables, et que deviendraient-ils sans %s ?",
                    Set.of(SUSTAINABILITY),
                    "Les effets tiennent là où des partenaires se sont approprié l'action. Ailleurs, ils reposent sur quelques"
                            + " personnes très engagées ; les financements annuels fragilisent les projets de plus d'un an."),
            new Question(6, "Le pilotage retenu pour %s est-il adapté ?", Set.of(RELEVANCE, COHERENCE),
                    "Le comité de suivi prévu au départ s'est peu réuni et les arbitrages se font ailleurs. Les services"
                            + " souhaitent un pilotage resserré, avec un élu référent et un tableau de bord annuel."),
            new Question(7, "Les habitants ont-ils pu peser sur les choix faits pour %s ?", Set.of(RELEVANCE, IMPACT),
                    "Les habitants ont été consultés au lancement, rarement ensuite. Ceux qui ont participé disent n'avoir"
                            + " pas su ce qu'était devenu leur avis : rendre compte est la première attente exprimée."));

    static final List<String> SUMMARIES = List.of(
            "Au terme de l'évaluation, une idée force se dégage pour %s : un besoin réel, reconnu par toutes les personnes"
                    + " interrogées, mais des effets inégalement répartis. Les publics les plus éloignés restent difficiles à"
                    + " atteindre et le pilotage manque d'objectifs chiffrés. Les recommandations portent sur le ciblage, la"
                    + " simplification des démarches et le suivi dans la durée.",
            "L'évaluation porte un regard globalement positif sur %s : les objectifs sont atteints pour l'essentiel, à un"
                    + " coût maîtrisé. Elle pointe une coordination insuffisante entre les services et avec la Métropole, et"
                    + " une dépendance à quelques personnes très engagées qui fragilise la pérennité de l'action.",
            "Les résultats sont contrastés pour %s. Les habitants qui en bénéficient en disent les effets concrets, mais la"
                    + " fréquentation plafonne et les moyens se sont dispersés au fil des années. L'évaluation invite à"
                    + " recentrer l'action sur quelques priorités et à rendre compte chaque année aux habitants.");

    static final List<String> RECOMMENDATIONS = List.of(
            "Hiérarchiser et chiffrer les objectifs, puis les suivre chaque année dans un tableau de bord partagé avec les"
                    + " élus",
            "Aller vers les publics les plus éloignés, avec les maisons de quartier et les associations de proximité",
            "Simplifier les démarches d'accès : un formulaire unique, en ligne et au guichet, et une réponse sous un mois",
            "Installer un comité de suivi réunissant habitants, partenaires et services, au moins deux fois par an",
            "Sécuriser dans la durée les moyens humains mobilisés pour %s",
            "Articuler l'action de la Ville avec celle de la Métropole et des partenaires par une convention pluriannuelle",
            "Former les agents d'accueil et les animateurs aux missions nouvelles qui leur sont confiées",
            "Rendre compte chaque année aux habitants des résultats obtenus, en conseil de quartier et en ligne",
            "Élargir les horaires pour les personnes qui travaillent, en soirée et le samedi",
            "Conventionner sur trois ans avec les associations partenaires plutôt que de les subventionner à l'année");

    /** Who owns a follow-up when it is not a directorate. */
    static final List<String> OTHER_OWNERS = List.of(EvaluationDemoTexts.POLE, "Direction générale des services",
            "Centre communal d'action sociale", "Nantes Métropole");

    static final List<String> DONE = List.of(
            "Mise en œuvre achevée ; le bilan a été présenté au comité de suivi.",
            "Réalisée dans le délai ; les premiers effets sont suivis dans le tableau de bord annuel.",
            "Action terminée et intégrée au fonctionnement courant de la direction.");

    static final List<String> IN_PROGRESS = List.of(
            "Engagée : un groupe de travail avec les partenaires se réunit chaque mois ; la première étape est franchie.",
            "En cours : le cahier des charges est rédigé, la mise en œuvre commence par les quartiers prioritaires.",
            "Engagée mais ralentie par le renouvellement de l'équipe ; un nouveau calendrier est à valider.");

    static final List<String> PLANNED = List.of(
            "Inscrite au plan de travail de la direction ; premier point d'étape au prochain comité de suivi.",
            "Prévue au budget de l'an prochain, sous réserve des arbitrages.", "");

    static final List<String> ABANDONED = List.of(
            "Abandonnée : l'action a été reprise par la Métropole, qui en fixe désormais les règles.",
            "Non retenue lors des arbitrages budgétaires ; le comité de suivi en a pris acte.");

    static List<String> comments(FollowUpStatus status) {
        return switch (status) {
            case PLANNED -> PLANNED;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE -> DONE;
            case ABANDONED -> ABANDONED;
        };
    }

    /**
     * An indicator: name, unit, the range its first value falls in, how it moves each year (a rate, or points for a
     * percentage), where its target lies from the baseline (same), and its source.
     */
    record IndicatorSpec(String name, String unit, int low, int high, double yearly, double target, String source) {

        boolean percentage() {
            return "%".equals(unit);
        }
    }

    static final List<IndicatorSpec> INDICATORS = List.of(
            new IndicatorSpec("Nombre de bénéficiaires dans l'année", "personnes", 300, 3000, 0.06, 0.25,
                    "Bilans d'activité de la direction"),
            new IndicatorSpec("Part des bénéficiaires résidant en quartier prioritaire", "%", 18, 35, 1.2, 10,
                    "Fichiers des inscriptions, géolocalisés par le service des études"),
            new IndicatorSpec("Taux de satisfaction des usagers", "%", 62, 80, 0.8, 8,
                    "Enquête annuelle auprès des usagers"),
            new IndicatorSpec("Délai moyen de réponse aux demandes", "jours", 20, 60, -0.05, -0.3,
                    "Logiciel de suivi des demandes"),
            new IndicatorSpec("Coût par bénéficiaire", "€", 80, 400, -0.02, -0.1, "Comptabilité analytique de la Ville"),
            new IndicatorSpec("Partenaires associatifs engagés", "associations", 8, 40, 0.05, 0.3,
                    "Conventions et bilans des partenaires"),
            new IndicatorSpec("Part de nouveaux participants", "%", 20, 45, 1.0, 12, "Fichiers des inscriptions"),
            new IndicatorSpec("Heures d'ouverture au public par semaine", "heures", 20, 45, 0.03, 0.2,
                    "Règlements intérieurs des équipements"));

    static String yearlyNote(int year) {
        return "Bilan de l'année " + year + ".";
    }

    private EvaluationGeneratedTexts() {
    }
}
