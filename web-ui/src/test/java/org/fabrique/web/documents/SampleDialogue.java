package org.fabrique.web.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.RecommendationStatus;
import org.fabrique.web.faces.ReferenceNames;

/**
 * Citizen-dialogue records as the services would return them, made up on demand from their number, so that a
 * test can page through tens of thousands without holding them: the same number always gives the same record.
 * Like the generated volume of the demo (DialogueGenerated), a project has 7 or 8 recommendations, seven in ten
 * answered on time, one in six late, some under study or still awaiting their answer, most answers published.
 * Unlike it, every recommendation's text is its own (150 to 400 characters of French, drawn from fragments by the
 * digits of its number), and so nearly every answer's (it names the day of a follow-up meeting), as a city's
 * would be: a writer that keeps each distinct text until the end shows it.
 */
public final class SampleDialogue {

    /** The day the records are read on: what is overdue is so on this day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** How long a directorate has to answer, as a programme's default. */
    public static final int ANSWER_DELAY_DAYS = 90;

    public static final List<NamedRecord> DIRECTORATES = names("Direction de la culture", "Direction de l'éducation",
            "Direction des sports", "Direction de la petite enfance", "Direction des solidarités",
            "Direction de la jeunesse", "Direction de l'habitat", "Direction des personnes âgées",
            "Direction de la vie associative", "Direction de la prévention et de la tranquillité publique",
            "Direction de l'urbanisme", "Direction du patrimoine et des musées");

    private static final List<String> THEMES = List.of("Réaménagement de la mairie de quartier",
            "Accueil des demandeurs d'asile", "Bibliothèques de demain", "Cohabitation dans l'espace public la nuit",
            "Cours d'école végétalisées", "Plan piscines", "Accueil de la petite enfance", "Seniors et isolement",
            "Maison des associations", "Rénovation du musée des Beaux-Arts", "Parc urbain des berges",
            "Conciliation des temps de vie", "Restauration scolaire", "Skatepark et pratiques libres",
            "Jardins partagés", "Médiation de nuit", "Quartier apaisé autour des écoles", "Fête de la musique",
            "Accès aux droits et au numérique", "Logement des jeunes actifs");

    private static final List<String> NEIGHBOURHOODS = List.of("Centre", "Bellevue", "Les Dervallières", "Malakoff",
            "Doulon", "Chantenay", "Erdre", "Saint-Joseph de Porterie", "Nantes Sud", "Breil", "Zola", "Île de Nantes");

    private static final List<String> ACTIONS = List.of(
            "Ouvrir les équipements sportifs du quartier le dimanche matin et pendant les vacances scolaires",
            "Installer des bancs, des fontaines et des espaces ombragés où se poser sans consommer",
            "Proposer des ateliers de français gratuits avec une garde d'enfants assurée sur place",
            "Créer un point d'accueil unique qui oriente vers l'hébergement, la santé et l'emploi",
            "Mieux éclairer les passages piétons et les cheminements entre les arrêts de tram",
            "Prêter des outils, des jeux et des instruments de musique en plus des livres",
            "Organiser chaque trimestre une réunion publique de suivi des travaux engagés",
            "Mettre une salle municipale à la disposition des associations en soirée et le week-end",
            "Aménager des espaces de travail en groupe pour les lycéens et les étudiants",
            "Déployer une équipe de médiation de nuit le jeudi, le vendredi et le samedi",
            "Végétaliser les cours d'école et les ouvrir aux familles le mercredi après-midi",
            "Former les agents d'accueil à l'interprétariat par téléphone et aux situations de détresse",
            "Remettre dès le premier accueil un livret traduit présentant les démarches et les contacts utiles",
            "Créer un jardin partagé géré par les habitants avec l'appui d'une association",
            "Proposer un portage de repas et de livres à domicile pour les personnes isolées",
            "Afficher les horaires et les services disponibles en plusieurs langues");

    private static final List<String> PLACES = List.of("dans les quartiers prioritaires de la ville",
            "dans chaque mairie de quartier", "autour de la place du marché et des rues commerçantes",
            "près des écoles élémentaires et des collèges", "dans les résidences pour personnes âgées",
            "le long des berges et dans les parcs municipaux", "dans les centres sociaux et les maisons de quartier",
            "aux abords des stations de tram et des gares", "dans les bibliothèques et les médiathèques",
            "sur l'ensemble du territoire communal");

    private static final List<String> MANNERS = List.of("en associant les habitants au choix des aménagements",
            "en s'appuyant sur les associations déjà présentes sur le terrain",
            "avec une attention particulière aux personnes en situation de handicap",
            "en commençant par une expérimentation d'un an", "avec un budget identifié et un calendrier rendu public",
            "en confiant le suivi à un groupe d'habitants tiré au sort",
            "en lien avec les bailleurs sociaux et les conseils citoyens",
            "en mutualisant les moyens des directions concernées", "sans attendre la fin des travaux de rénovation",
            "en veillant à la mise en œuvre d'un accueil bienveillant",
            "avec des horaires adaptés aux personnes qui travaillent",
            "en tenant compte des remarques recueillies lors des ateliers");

    private static final List<String> SUFFIXES = List.of(", dès la prochaine rentrée",
            ", avec un bilan partagé au bout de six mois", ", et le faire largement savoir",
            ", en priorité pour les familles monoparentales", ", avant l'été prochain", ", en lien avec la Métropole",
            ", en associant les agents qui connaissent le terrain", ", pour toucher les publics éloignés");

    private static final List<String> PRECISIONS = List.of("",
            " Les participants ont insisté sur ce point lors des deux séances et souhaitent être informés des suites données.",
            " Cette préconisation a recueilli l'adhésion de la grande majorité des participants, jeunes et moins jeunes.",
            " Plusieurs habitants ont rappelé qu'une demande semblable avait été faite il y a quelques années sans suite visible.");

    private static final List<List<String>> OPENINGS = List.of(
            List.of("La préconisation est retenue telle quelle : elle est intégrée au projet et à son budget.",
                    "Retenue. La direction la met en œuvre avec les partenaires cités par les participants.",
                    "Retenue : elle rejoint une orientation que la direction envisageait et que les échanges ont confirmée.",
                    "La ville retient cette proposition et en confie le suivi au chef de projet."),
            List.of("Retenue sous une forme adaptée : une expérimentation sur un site avant toute généralisation.",
                    "Retenue avec des ajustements : le périmètre est réduit pour tenir dans le budget voté.",
                    "Retenue en partie : la ville s'engage sur le principe, les modalités seront précisées avec les habitants.",
                    "Retenue sous réserve de l'accord des partenaires concernés, que la direction a saisis."),
            List.of("Non retenue : la décision relève de la Métropole, à qui la préconisation a été transmise.",
                    "Non retenue : le coût de fonctionnement supplémentaire n'est pas finançable dans le budget actuel.",
                    "Non retenue : les règles de sécurité et d'accessibilité ne permettent pas cet aménagement sur ce site.",
                    "Non retenue : un dispositif équivalent existe déjà ; la direction s'engage à mieux le faire connaître."),
            List.of("En cours d'étude : une analyse technique et financière est engagée.",
                    "À l'étude avec les services concernés ; une première réponse sera présentée aux participants.",
                    "La direction étudie la faisabilité d'une expérimentation ; les conditions seront connues d'ici trois mois.",
                    "Étude en cours avec les partenaires associatifs ; la décision dépend de leur capacité à s'engager."));

    private static final List<String> MIDDLES = List.of(
            " La direction a rencontré les associations concernées et le conseil de quartier pour en préciser les modalités.",
            " Les agents du quartier ont été associés à l'analyse.", "",
            " Le coût a été chiffré avec la direction des finances et inscrit dans la programmation pluriannuelle.",
            " Les participants qui l'ont portée seront invités à en suivre la mise en œuvre.",
            " Elle sera présentée à l'élu référent avant toute communication.");

    private static final List<String> PLANS = List.of(
            "Expérimentation sur un site pilote, puis bilan avec le groupe d'habitants",
            "Inscription au budget de l'an prochain ; mise en service au printemps",
            "Groupe de travail avec les agents concernés ; point d'étape en comité de suivi",
            "Modification du règlement intérieur soumise au conseil municipal",
            "Marché de travaux en préparation ; information des riverains avant le démarrage",
            "Campagne d'information dans les équipements du quartier et sur le site de la ville");

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private SampleDialogue() {
    }

    /** The directorates' names as pages and documents read them, without the reference data service behind them. */
    public static final class Names extends ReferenceNames {

        @Override
        public List<NamedRecord> getDirectorates() {
            return DIRECTORATES;
        }
    }

    /** Recommendation {@code i}'s project: projects take 7 and 8 recommendations in turn. */
    public static int projectOf(int i) {
        return 2 * (i / 15) + (i % 15 < 7 ? 0 : 1);
    }

    /** How many recommendations the first {@code projects} projects take (7 and 8 in turn). */
    public static int recommendationsOf(int projects) {
        return projects / 2 * 15 + projects % 2 * 7;
    }

    /** Project {@code p}'s title: a theme in a neighbourhood, the same pair again in later editions. */
    public static String projectTitle(int p) {
        int edition = p / (THEMES.size() * NEIGHBOURHOODS.size());
        return THEMES.get(p % THEMES.size()) + " — " + NEIGHBOURHOODS.get(p / THEMES.size() % NEIGHBOURHOODS.size())
                + (edition == 0 ? "" : " (" + (edition + 1) + "e édition)");
    }

    /** Project {@code p}'s summary, some 300 to 500 characters. */
    public static String projectSummary(int p) {
        return "Démarche de dialogue citoyen : " + projectTitle(p) + ". Les habitants, les associations et les agents "
                + "sont invités à formuler des préconisations avant les choix de la ville. "
                + ACTIONS.get(p % ACTIONS.size()) + " figure parmi les pistes ouvertes au débat, "
                + MANNERS.get(p % MANNERS.size()) + "." + PRECISIONS.get(p % PRECISIONS.size());
    }

    /** Project {@code p}'s directorate. */
    public static long directorateOf(int p) {
        return DIRECTORATES.get(p % DIRECTORATES.size()).id();
    }

    /**
     * Recommendation {@code i}, recorded on {@code recordedOn}, in project {@code firstProjectId + projectOf(i)};
     * its text is distinct from those of all others below 61,440.
     */
    public static RecommendationView recommendation(int i, long firstProjectId, LocalDate recordedOn) {
        SplittableRandom random = new SplittableRandom(20170301L + i);
        int p = projectOf(i);
        LocalDate due = recordedOn.plusDays(ANSWER_DELAY_DAYS);
        int draw = random.nextInt(100);
        RecommendationView.AnswerView answer = null;
        if (draw < 70) {
            answer = answer(random, finalPosition(random), recordedOn.plusDays(5 + random.nextInt(80)), i);
        } else if (draw < 86) {
            answer = answer(random, finalPosition(random), due.plusDays(5 + random.nextInt(60)), i);
        } else if (draw < 94) {
            answer = answer(random, AnswerPosition.UNDER_STUDY, recordedOn.plusDays(20 + random.nextInt(60)), i);
        }
        boolean answered = answer != null && answer.position() != AnswerPosition.UNDER_STUDY;
        boolean overdue = !answered && due.isBefore(TODAY);
        boolean published = answered && random.nextInt(100) < 70;
        long directorate = random.nextInt(10) < 8 ? directorateOf(p) : directorateOf(p + 1);
        return new RecommendationView(i + 1L, firstProjectId + p, projectTitle(p), 2L * (firstProjectId + p) + i % 2,
                text(i), directorate, recordedOn, due,
                answered ? RecommendationStatus.ANSWERED : RecommendationStatus.AWAITING_ANSWER, overdue, answer, published,
                answer == null ? 0 : published ? 2 : 1, Set.of());
    }

    /** Recommendation {@code i}'s text: the digits of {@code i} in a mixed radix pick its fragments. */
    public static String text(int i) {
        int n = i;
        String action = ACTIONS.get(n % ACTIONS.size());
        n /= ACTIONS.size();
        String place = PLACES.get(n % PLACES.size());
        n /= PLACES.size();
        String manner = MANNERS.get(n % MANNERS.size());
        n /= MANNERS.size();
        String suffix = SUFFIXES.get(n % SUFFIXES.size());
        n /= SUFFIXES.size();
        return action + " " + place + ", " + manner + suffix + "." + PRECISIONS.get(n % PRECISIONS.size());
    }

    private static AnswerPosition finalPosition(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 45 ? AnswerPosition.RETAINED : draw < 78 ? AnswerPosition.RETAINED_WITH_CHANGES
                : AnswerPosition.NOT_RETAINED;
    }

    private static RecommendationView.AnswerView answer(SplittableRandom random, AnswerPosition position, LocalDate on,
            int i) {
        List<String> openings = OPENINGS.get(position.ordinal());
        String text = openings.get(i % openings.size()) + MIDDLES.get(i / openings.size() % MIDDLES.size())
                + " Un point d'étape sera présenté au comité de suivi du "
                + FRENCH_DAY.format(on.plusDays(30 + random.nextInt(90))) + ".";
        String plan = position == AnswerPosition.RETAINED || position == AnswerPosition.RETAINED_WITH_CHANGES
                ? PLANS.get(random.nextInt(PLANS.size())) + ". Échéance : "
                        + FRENCH_MONTH.format(on.plusMonths(3 + random.nextInt(12))) + "."
                : null;
        return new RecommendationView.AnswerView(position, text, plan, i % 3 == 0 ? "pole" : "direction", on);
    }

    private static List<NamedRecord> names(String... names) {
        return IntStream.range(0, names.length).mapToObj(i -> new NamedRecord(i + 1L, names[i])).toList();
    }
}
