package org.fabrique.dialogue.demo;

import static org.fabrique.core.domain.TerritorialScale.CITY;
import static org.fabrique.core.domain.TerritorialScale.METROPOLIS;
import static org.fabrique.core.domain.TerritorialScale.NEIGHBOURHOOD;
import static org.fabrique.dialogue.domain.ParticipationLevel.CONCERTATION;
import static org.fabrique.dialogue.domain.ParticipationLevel.CONSULTATION;
import static org.fabrique.dialogue.domain.ParticipationLevel.CO_CONSTRUCTION;
import static org.fabrique.dialogue.domain.ParticipationLevel.INFORMATION;
import static org.fabrique.dialogue.domain.ParticipationMethod.CITIZEN_PANEL;
import static org.fabrique.dialogue.domain.ParticipationMethod.CO_CONSTRUCTION_WORKSHOP;
import static org.fabrique.dialogue.domain.ParticipationMethod.PARTICIPATORY_EVALUATION;
import static org.fabrique.dialogue.domain.ParticipationMethod.PUBLIC_DEBATE;
import static org.fabrique.dialogue.domain.ParticipationMethod.SERVICE_DESIGN;
import static org.fabrique.dialogue.domain.ParticipationMethod.SURVEY;
import static org.fabrique.dialogue.domain.ParticipationMethod.URBAN_WALK;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.DEFERRED;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.DRAFT;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.REJECTED;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.RETAINED;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.STUDIED;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.SUBMITTED;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome.WITHDRAWN;

import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.Assessment;
import org.fabrique.dialogue.domain.FeasibilityCriterion;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionGroup;

/**
 * The invented French texts of the citizen-dialogue demo ({@link DialogueDemoData}): candidate projects
 * of three programmes, sessions, and the lists recommendations, answers, feasibility studies and
 * arbitrations are composed from. Names are those of {@link org.fabrique.core.demo.CoreDemo}'s directorates, policies and
 * neighbourhoods; the seed's projects (new neighbourhood town hall, asylum seekers' reception,
 * cohabitation in public space, libraries of tomorrow) are among them.
 */
final class DialogueDemoTexts {

    private DialogueDemoTexts() {
    }

    // Directorates, policies and neighbourhoods of CoreDemo, by name.
    static final String DIR_CULTURE = "Direction de la culture";
    static final String DIR_EDUCATION = "Direction de l'éducation";
    static final String DIR_SPORTS = "Direction des sports";
    static final String DIR_EARLY_CHILDHOOD = "Direction de la petite enfance";
    static final String DIR_SOLIDARITY = "Direction des solidarités";
    static final String DIR_YOUTH = "Direction de la jeunesse";
    static final String DIR_HOUSING = "Direction de l'habitat";
    static final String DIR_ELDERLY = "Direction des personnes âgées";
    static final String DIR_ASSOCIATIONS = "Direction de la vie associative";
    static final String DIR_PREVENTION = "Direction de la prévention et de la tranquillité publique";
    static final String DIR_URBANISM = "Direction de l'urbanisme";
    static final String DIR_HERITAGE = "Direction du patrimoine et des musées";

    private static final String P_CULTURE = "Culture";
    private static final String P_EDUCATION = "Éducation et réussite éducative";
    private static final String P_EQUALITY = "Égalité, citoyenneté, intégration des populations immigrées";
    private static final String P_YOUTH = "Jeunesse";
    private static final String P_HOUSING = "Logement habitat";
    private static final String P_ELDERLY = "Personnes âgées";
    private static final String P_EARLY_CHILDHOOD = "Petite enfance";
    private static final String P_SOLIDARITY = "Solidarité et action sociale";
    private static final String P_SPORT = "Sport";
    private static final String P_ASSOCIATIONS = "Vie associative";
    private static final String P_TIMES = "Conciliation des temps";
    private static final String P_MUSEUM = "Musée des Beaux-Arts";
    private static final String P_PREVENTION = "Prévention de la délinquance";
    private static final String P_GROWTH = "Accueillir 100 000 habitants";
    private static final String P_EMERGENCE = "Soutien aux émergences";

    /** Who else a directorate's projects sometimes send recommendations to. */
    static final Map<String, String> PARTNER = Map.ofEntries(
            Map.entry(DIR_CULTURE, DIR_HERITAGE), Map.entry(DIR_HERITAGE, DIR_CULTURE),
            Map.entry(DIR_ASSOCIATIONS, DIR_CULTURE), Map.entry(DIR_EDUCATION, DIR_EARLY_CHILDHOOD),
            Map.entry(DIR_EARLY_CHILDHOOD, DIR_EDUCATION), Map.entry(DIR_SPORTS, DIR_YOUTH),
            Map.entry(DIR_YOUTH, DIR_SPORTS), Map.entry(DIR_SOLIDARITY, DIR_HOUSING),
            Map.entry(DIR_HOUSING, DIR_URBANISM), Map.entry(DIR_ELDERLY, DIR_SOLIDARITY),
            Map.entry(DIR_PREVENTION, DIR_YOUTH), Map.entry(DIR_URBANISM, DIR_HOUSING));

    /** What became of a candidate: the stage an open programme's candidate reached, or a past one's end. */
    enum Outcome {
        DRAFT, SUBMITTED, STUDIED, WITHDRAWN, RETAINED, DEFERRED, REJECTED
    }

    /** A field of public action, with the publics it involves and what citizens recommend there. */
    enum Theme {
        TOWN_HALL("Habitants, agents de la mairie annexe, élus de quartier, services architecture et bâti", List.of(
                "Concevoir un accueil sans guichet, où l'agent vient à la rencontre de l'usager, comme dans les accueils photographiés à l'étranger",
                "Prévoir un espace d'attente pour les enfants, visible depuis les bureaux d'accueil",
                "Regrouper en un seul lieu l'état civil, les titres d'identité et l'accueil social",
                "Ouvrir la mairie de quartier un soir par semaine et le samedi matin",
                "Mettre une salle de réunion à la disposition des associations en dehors des horaires d'ouverture",
                "Afficher la devise « Liberté, Égalité, Fraternité » et dire ce qu'elle signifie pour le service public du quartier",
                "Garantir la confidentialité des échanges avec un bureau fermé pour les démarches sensibles",
                "Faire entrer la lumière naturelle et la végétation dans le hall d'accueil",
                "Installer un point numérique accompagné pour les démarches en ligne",
                "Associer les habitants du groupe de travail au choix du mobilier et de la signalétique")),
        ASYLUM("Demandeurs d'asile, bénévoles, associations d'accueil, agents d'accueil de la ville", List.of(
                "Remettre dès le premier accueil un livret traduit présentant les démarches, les lieux et les contacts utiles",
                "Former les agents d'accueil à l'interprétariat par téléphone et aux situations de détresse",
                "Créer un point d'accueil unique qui oriente vers l'hébergement, la santé et l'apprentissage du français",
                "Afficher le parcours de la demande d'asile sous forme de poster dans tous les lieux d'accueil",
                "Ouvrir l'accès aux équipements sportifs et culturels de la ville dès l'arrivée",
                "Proposer des cours de français dans les quartiers, avec une garde d'enfants",
                "Mettre en relation chaque famille arrivante avec un habitant volontaire du quartier")),
        LIBRARY("Lecteurs, non-usagers, familles, étudiants, bibliothécaires", List.of(
                "Ouvrir les bibliothèques le dimanche après-midi",
                "Aménager des espaces de travail en groupe pour les lycéens et les étudiants",
                "Supprimer les pénalités de retard pour les enfants",
                "Prêter des objets (outils, jeux, instruments de musique) en plus des livres",
                "Proposer un portage de livres à domicile pour les personnes qui ne peuvent plus se déplacer",
                "Installer des boîtes de retour accessibles jour et nuit",
                "Programmer des ateliers numériques pour les débutants",
                "Créer un coin calme, sans écran, pour lire et se reposer")),
        PUBLIC_SPACE("Riverains, commerçants, usagers de la nuit, associations de prévention, agents de la tranquillité publique", List.of(
                "Installer des toilettes publiques ouvertes la nuit dans les rues les plus fréquentées",
                "Déployer une équipe de médiation de nuit le jeudi, le vendredi et le samedi",
                "Mieux éclairer les passages piétons et les cheminements entre les arrêts de tram",
                "Créer des bancs et des espaces ombragés où se poser sans consommer",
                "Réunir chaque trimestre riverains, commerçants et forces de l'ordre autour d'un même diagnostic",
                "Réserver à la fête des lieux éloignés des logements, avec des horaires annoncés",
                "Mieux faire connaître le numéro d'appel de la tranquillité publique")),
        CULTURE("Habitants, publics éloignés de l'offre culturelle, artistes, associations culturelles", List.of(
                "Proposer des spectacles gratuits en pied d'immeuble pendant l'été",
                "Associer un comité d'habitants au choix de la programmation",
                "Étendre le tarif solidaire aux étudiants boursiers et aux demandeurs d'emploi",
                "Ouvrir les ateliers d'artistes au public une fois par trimestre",
                "Organiser des navettes vers les équipements culturels du centre-ville au départ des quartiers",
                "Prévoir des visites en langue des signes et en audiodescription",
                "Donner une place aux pratiques amateurs dans les saisons des grands équipements")),
        CHILDHOOD("Familles, parents d'élèves, enseignants, assistantes maternelles, animateurs", List.of(
                "Végétaliser les cours d'école et les ouvrir au quartier le week-end",
                "Proposer un accueil des tout-petits tôt le matin et tard le soir pour les parents en horaires décalés",
                "Servir un repas végétarien deux fois par semaine dans les restaurants scolaires",
                "Associer les enfants des conseils d'école à l'aménagement de leur cour",
                "Simplifier l'inscription en ligne aux activités périscolaires",
                "Mieux informer les familles sur les places disponibles en crèche et les critères d'attribution",
                "Peser les restes de repas chaque mois et afficher les résultats dans les écoles")),
        SPORT("Pratiquantes et pratiquants, clubs, habitants non licenciés, éducateurs sportifs", List.of(
                "Réserver des créneaux aux femmes dans les gymnases et les piscines",
                "Installer des agrès en accès libre le long des berges",
                "Éclairer les terrains de proximité jusqu'à 22 heures",
                "Prévoir des vestiaires sûrs et propres sur les équipements en accès libre",
                "Aider les clubs à créer des sections loisirs sans compétition",
                "Offrir une première licence aux jeunes des quartiers prioritaires",
                "Faire connaître l'offre sportive par une carte en ligne des équipements")),
        SOLIDARITY("Personnes concernées, travailleurs sociaux, associations caritatives, CCAS", List.of(
                "Accueillir sans rendez-vous une demi-journée par semaine dans chaque quartier",
                "Écrire les courriers administratifs en langage clair, sans sigles",
                "Former des habitants relais pour accompagner leurs voisins dans leurs démarches",
                "Proposer des produits frais et locaux dans les épiceries solidaires",
                "Associer les bénéficiaires au comité de suivi du dispositif",
                "Informer systématiquement des droits ouverts lors de chaque rendez-vous")),
        YOUTH("Jeunes de 11 à 25 ans, structures jeunesse, éducateurs, mission locale", List.of(
                "Ouvrir les espaces jeunes le samedi soir et pendant toutes les vacances scolaires",
                "Laisser les jeunes gérer une partie du budget de leur espace",
                "Simplifier le dossier de la bourse aux projets et répondre en moins d'un mois",
                "Créer un lieu pour répéter et enregistrer de la musique à prix réduit",
                "Informer les jeunes des aides existantes sur les réseaux sociaux qu'ils utilisent",
                "Mettre en place un parrainage entre jeunes et professionnels du quartier")),
        HOUSING("Locataires, copropriétaires, bailleurs sociaux, habitants du secteur, associations", List.of(
                "Créer un guichet unique d'information sur la rénovation énergétique des logements",
                "Préserver les arbres existants et les cœurs d'îlot dans les nouvelles opérations",
                "Réserver une part des nouveaux logements à l'habitat participatif",
                "Associer les habitants au choix des usages des rez-de-chaussée",
                "Aménager des cheminements piétons continus et ombragés vers le tram",
                "Organiser des visites de chantier ouvertes aux riverains",
                "Prévoir des espaces de jeux pour les enfants dès la livraison des premiers logements")),
        ELDERLY("Personnes âgées, aidants, clubs de retraités, professionnels du domicile", List.of(
                "Installer des bancs tous les 200 mètres sur les itinéraires vers les commerces",
                "Allonger les temps de traversée aux feux piétons près des résidences",
                "Créer un réseau de visites de convivialité entre voisins",
                "Proposer des ateliers numériques à domicile pour les personnes isolées",
                "Ouvrir les restaurants des résidences autonomie aux habitants âgés du quartier",
                "Repérer les personnes isolées avec les commerçants et les facteurs")),
        ASSOCIATIONS("Bénévoles et salariés associatifs, habitants, agents de la vie associative", List.of(
                "Dématérialiser les demandes de subvention avec un formulaire unique et court",
                "Verser les subventions de fonctionnement avant le mois de mars",
                "Créer une plateforme de prêt de matériel entre associations",
                "Ouvrir les salles municipales aux associations le dimanche",
                "Former gratuitement les bénévoles à la comptabilité et à la communication",
                "Réunir une fois par an toutes les associations d'un même quartier"));

        final String publics;
        final List<String> recommendations;

        Theme(String publics, List<String> recommendations) {
            this.publics = publics;
            this.recommendations = recommendations;
        }
    }

    /** Recommendations any project may receive. */
    static final List<String> CROSS_CUTTING = List.of(
            "Rendre compte aux participants, dans les trois mois, de ce qui a été retenu",
            "Traduire les supports d'information dans les principales langues parlées dans le quartier",
            "Prévoir une garde d'enfants pendant les ateliers pour que tous les parents puissent venir",
            "Tenir les réunions en soirée ou le samedi, et pas seulement en journée",
            "Associer un groupe d'habitants au suivi de la mise en œuvre",
            "Rendre tous les lieux du projet accessibles aux personnes en fauteuil",
            "Publier un calendrier clair des prochaines étapes",
            "Faire connaître le projet par les commerçants et les écoles, pas seulement sur internet");

    /** Ends a recommendation may take. */
    static final List<String> SUFFIXES = List.of(
            ", en lien avec les associations du quartier",
            ", en commençant par une expérimentation d'un an",
            ", avec un bilan partagé avec les habitants",
            ", en priorité dans les quartiers prioritaires de la ville",
            ", en veillant à l'accessibilité aux personnes handicapées",
            ", dès la prochaine rentrée",
            ", et le faire largement savoir",
            ", en associant les agents qui connaissent le terrain");

    /** The city's answers, by position; those NOT_RETAINED are justifications. */
    static final Map<AnswerPosition, List<String>> ANSWERS = Map.of(
            AnswerPosition.RETAINED, List.of(
                    "La préconisation est retenue telle quelle : elle est intégrée au projet et à son budget.",
                    "Retenue. La direction la met en œuvre avec les partenaires cités par les participants.",
                    "Retenue : elle rejoint une orientation que la direction envisageait et que les échanges ont confirmée.",
                    "La ville retient cette proposition et en confie le suivi au chef de projet, qui en rendra compte au comité de suivi.",
                    "Retenue. Sa mise en œuvre sera présentée aux participants lors de la réunion de restitution."),
            AnswerPosition.RETAINED_WITH_CHANGES, List.of(
                    "Retenue sous une forme adaptée : une expérimentation sur un site avant toute généralisation.",
                    "Retenue avec des ajustements : le périmètre est réduit pour tenir dans le budget voté.",
                    "Retenue en partie : la ville s'engage sur le principe, les modalités seront précisées avec les habitants.",
                    "Retenue avec un calendrier plus long que souhaité, les travaux nécessaires n'étant pas programmés avant l'an prochain.",
                    "Retenue sous réserve de l'accord des partenaires concernés, que la direction a saisis."),
            AnswerPosition.NOT_RETAINED, List.of(
                    "Non retenue : la décision relève de la Métropole. La préconisation lui a été transmise et les participants seront informés de sa réponse.",
                    "Non retenue : le coût de fonctionnement supplémentaire n'est pas finançable dans le budget actuel ; la question sera réexaminée au prochain budget.",
                    "Non retenue : les règles de sécurité et d'accessibilité ne permettent pas cet aménagement sur ce site.",
                    "Non retenue : d'autres contributions, majoritaires lors des ateliers, allaient en sens inverse et la ville a retenu leur option.",
                    "Non retenue : un dispositif équivalent existe déjà ; la direction s'engage à mieux le faire connaître."),
            AnswerPosition.UNDER_STUDY, List.of(
                    "En cours d'étude : une analyse technique et financière est engagée, réponse définitive après le prochain comité de pilotage.",
                    "À l'étude avec les services concernés ; une première réponse sera présentée aux participants à la prochaine rencontre.",
                    "La direction étudie la faisabilité d'une expérimentation ; les conditions seront connues d'ici trois mois.",
                    "Étude en cours avec les partenaires associatifs ; la décision dépend de leur capacité à s'engager."));

    static final List<String> PLANNED_ACTIONS = List.of(
            "Expérimentation sur un site pilote au prochain trimestre, puis bilan avec le groupe d'habitants.",
            "Inscription au budget de l'an prochain ; mise en service prévue au printemps.",
            "Groupe de travail avec les agents concernés dès le mois prochain ; point d'étape en comité de suivi.",
            "Modification du règlement intérieur soumise au prochain conseil municipal.",
            "Marché de travaux en préparation ; information des riverains avant le démarrage.",
            "Campagne d'information dans les équipements du quartier et sur le site de la ville.");

    /** The pôle's comments on each criterion, two per assessment. */
    static final Map<FeasibilityCriterion, Map<Assessment, List<String>>> CRITERION_COMMENTS = Map.of(
            FeasibilityCriterion.HIGH_STAKES, Map.of(
                    Assessment.FAVOURABLE, List.of("Sujet inscrit dans les priorités du mandat et attendu par les habitants.",
                            "Enjeu stratégique : le projet engage la ville pour au moins dix ans."),
                    Assessment.RESERVATIONS, List.of("Enjeu réel mais circonscrit à un public restreint.",
                            "Enjeu important, mais déjà largement débattu lors d'une démarche récente."),
                    Assessment.UNFAVOURABLE, List.of("Enjeu faible au regard des autres demandes du programme.",
                            "Le sujet relève de la gestion courante plus que d'un choix de politique publique.")),
            FeasibilityCriterion.SUPPORT_AND_OPENNESS, Map.of(
                    Assessment.FAVOURABLE, List.of("Élue référente et direction volontaires, prêtes à ouvrir le débat.",
                            "Portage politique affirmé ; la direction a déjà l'expérience du dialogue citoyen."),
                    Assessment.RESERVATIONS, List.of("Portage à confirmer : l'élu référent souhaite cadrer le périmètre du débat.",
                            "La direction est favorable mais craint des attentes difficiles à satisfaire."),
                    Assessment.UNFAVOURABLE, List.of("Décision déjà arrêtée : le débat porterait sur un projet sans marge de discussion.",
                            "Aucun élu référent identifié pour porter la démarche.")),
            FeasibilityCriterion.LEVERS_OF_ACTION, Map.of(
                    Assessment.FAVOURABLE, List.of("La ville maîtrise le programme, le budget et le calendrier du projet.",
                            "Plusieurs options restent ouvertes : les contributions pourront réellement peser."),
                    Assessment.RESERVATIONS, List.of("Leviers partagés avec la Métropole : bien annoncer ce qui est ouvert à la discussion.",
                            "Marges de manœuvre limitées au fonctionnement, l'investissement étant déjà voté."),
                    Assessment.UNFAVOURABLE, List.of("La compétence relève de l'État ou de la Métropole : la ville n'a pas de levier direct.",
                            "Cadre réglementaire contraint qui laisse peu de place aux propositions.")),
            FeasibilityCriterion.RESOURCES_AND_CALENDAR, Map.of(
                    Assessment.FAVOURABLE, List.of("Budget d'animation prévu et calendrier compatible avec le projet.",
                            "Chef de projet identifié ; l'appui méthodologique du pôle suffit."),
                    Assessment.RESERVATIONS, List.of("Calendrier serré avant les décisions d'investissement : prévoir un prestataire.",
                            "Moyens d'animation à consolider, notamment pour toucher les publics éloignés."),
                    Assessment.UNFAVOURABLE, List.of("Aucun moyen dédié à l'animation avant l'an prochain.",
                            "Calendrier incompatible : les choix doivent être faits dans les trois mois.")));

    static final Map<FeasibilityOpinion, String> OPINION_COMMENTS = Map.of(
            FeasibilityOpinion.FEASIBLE, "Conditions réunies ; démarche à lancer dès la validation du programme.",
            FeasibilityOpinion.FEASIBLE_WITH_CONDITIONS,
            "Faisable à condition de préciser ce qui est ouvert au débat et de renforcer l'animation.",
            FeasibilityOpinion.NOT_FEASIBLE,
            "Conditions non réunies : sans levier réel, la démarche risquerait de décevoir les participants.");

    static final Map<Outcome, List<String>> ARBITRATION_REASONS = Map.of(
            RETAINED, List.of("Projet structurant pour le mandat, méthode adaptée aux publics visés.",
                    "Retenu : fort enjeu pour les habitants et leviers d'action réels.",
                    "Retenu, avec une attention particulière aux publics éloignés.",
                    "Retenu pour nourrir les décisions d'investissement de l'an prochain.",
                    "Retenu : complète utilement les démarches déjà engagées dans le quartier."),
            DEFERRED, List.of("Reporté au prochain programme, le temps de stabiliser le budget.",
                    "Intéressant mais prématuré : à représenter une fois l'étude technique achevée.",
                    "Reporté pour ne pas solliciter les mêmes habitants que deux autres démarches cette année."),
            REJECTED, List.of("Non retenu : la décision relève d'une autre collectivité.",
                    "Non retenu : pas de marge de discussion réelle sur ce sujet.",
                    "Non retenu : doublon avec une démarche déjà en cours."));

    static final List<String> STAKES = List.of(
            "Un service du quotidien dont les usages ont beaucoup changé ; les habitants attendent d'être associés à sa transformation.",
            "Un équipement qui engage la ville pour trente ans : les choix de programmation doivent partir des usages.",
            "Des publics que les services touchent mal aujourd'hui, et dont la parole manque pour décider.",
            "Un sujet sensible, où le dialogue peut apaiser les tensions et faire émerger des solutions partagées.",
            "Une politique publique à réinterroger à la lumière des ateliers prospectifs, avec celles et ceux qui la vivent.",
            "La croissance de la métropole transforme les besoins : il faut les anticiper avec les habitants.",
            "Une évaluation attendue par les élus avant de reconduire le dispositif.",
            "Des attentes fortes exprimées lors des assemblées de quartier.");

    static final List<String> LEVERS = List.of(
            "Le programme fonctionnel et l'aménagement intérieur restent ouverts ; le budget d'investissement est voté.",
            "Horaires, tarifs et règlement intérieur relèvent de la ville et peuvent évoluer dès l'an prochain.",
            "Le cahier des charges du futur marché peut intégrer les propositions des habitants.",
            "La direction peut redéployer une partie de ses moyens de fonctionnement selon les priorités exprimées.",
            "Les critères d'attribution et les modalités d'accueil sont fixés par délibération municipale.",
            "L'aménagement des espaces publics du secteur est programmé mais pas encore dessiné.",
            "Le dispositif arrive à échéance : sa reconduction et ses modalités sont à décider.",
            "Le partenariat avec les associations est à renouveler : ses termes peuvent être discutés.");

    static final List<String> CALENDARS = List.of(
            "Ateliers de septembre à décembre, restitution en janvier",
            "Trois temps de travail au premier semestre, bilan en juin",
            "Enquête au printemps, panel citoyen à l'automne",
            "Démarche sur six mois, en amont du concours d'architecture",
            "Deux cycles d'ateliers, avant et après l'été");

    /** A candidate project; a draft without methods is left incomplete (no level, no levers). */
    record CandidateSpec(String directorate, String policy, String title, String summary, TerritorialScale scale,
            String neighbourhood, ParticipationLevel level, Theme theme, Outcome outcome, List<ParticipationMethod> methods) {
    }

    private static CandidateSpec c(String directorate, String policy, String title, String summary,
            TerritorialScale scale, String neighbourhood, ParticipationLevel level, Theme theme, Outcome outcome,
            ParticipationMethod... methods) {
        return new CandidateSpec(directorate, policy, title, summary, scale, neighbourhood, level, theme, outcome,
                List.of(methods));
    }

    static final String TOWN_HALL = "Nouvelle mairie de quartier de Doulon – Bottière";
    static final String ASYLUM = "Accueil des demandeurs d'asile à Nantes";
    static final String LIBRARIES = "Bibliothèques de demain";
    static final String COHABITATION = "Cohabitation dans l'espace public du centre-ville";
    static final String WOMEN_SPORT = "Le sport au féminin : lever les freins à la pratique";
    static final String SCHOOLYARDS = "Cours d'école oasis : végétaliser avec les enfants";
    static final String ISOLATION = "Rompre l'isolement des personnes âgées";
    static final String ASSOCIATIONS_HOUSE = "Maison des associations : un nouveau projet de fonctionnement";
    static final String LOIRE = "Bords de Loire : quels usages pour les berges ?";
    static final String SOUTH_LIBRARY = "Médiathèque de Nantes Sud : de nouveaux usages";

    /** The programme of the current year, validated: 41 candidates, 32 retained. */
    static final List<CandidateSpec> CURRENT_YEAR = List.of(
            c(DIR_CULTURE, P_CULTURE, LIBRARIES, "Imaginer avec les usagers et les non-usagers les services des bibliothèques de la ville pour les dix ans à venir.",
                    CITY, null, CO_CONSTRUCTION, Theme.LIBRARY, RETAINED, SERVICE_DESIGN, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_CULTURE, P_CULTURE, "Une saison culturelle construite avec les habitants de Bellevue", "Confier à un comité d'habitants une partie de la programmation de la salle de quartier.",
                    NEIGHBOURHOOD, "Bellevue – Chantenay – Sainte-Anne", CONCERTATION, Theme.CULTURE, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_CULTURE, P_CULTURE, "Tarification solidaire des équipements culturels", "Revoir les tarifs réduits des équipements culturels pour qu'ils profitent à ceux qui en ont besoin.",
                    CITY, null, CONSULTATION, Theme.CULTURE, RETAINED, CITIZEN_PANEL, SURVEY),
            c(DIR_CULTURE, P_EMERGENCE, "Lieux de création partagés pour les jeunes artistes", "Ouvrir des ateliers et des salles de répétition partagés aux artistes émergents.",
                    CITY, null, CONCERTATION, Theme.CULTURE, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_CULTURE, P_CULTURE, "Festival des arts de la rue : repenser le parcours", "Redessiner le parcours du festival avec les riverains et les compagnies.",
                    METROPOLIS, null, CONSULTATION, Theme.CULTURE, DEFERRED, SURVEY),
            c(DIR_CULTURE, P_CULTURE, "Parcours d'éducation artistique à l'école", "Construire avec les enseignants, les artistes et les parents un parcours culturel pour chaque élève.",
                    CITY, null, CONCERTATION, Theme.CULTURE, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_EDUCATION, P_EDUCATION, "Rythmes scolaires : un bilan partagé avec les familles", "Évaluer avec les familles, les enseignants et les animateurs l'organisation de la semaine scolaire.",
                    CITY, null, CONSULTATION, Theme.CHILDHOOD, RETAINED, PARTICIPATORY_EVALUATION, SURVEY),
            c(DIR_EDUCATION, P_EDUCATION, SCHOOLYARDS, "Transformer les cours d'école en îlots de fraîcheur dessinés avec les élèves.",
                    NEIGHBOURHOOD, "Nantes Nord", CO_CONSTRUCTION, Theme.CHILDHOOD, RETAINED, CO_CONSTRUCTION_WORKSHOP, URBAN_WALK),
            c(DIR_EDUCATION, P_EDUCATION, "Restauration scolaire : menus et gaspillage", "Associer parents et enfants à l'évolution des menus et à la lutte contre le gaspillage.",
                    CITY, null, CONSULTATION, Theme.CHILDHOOD, RETAINED, SURVEY, CITIZEN_PANEL),
            c(DIR_SPORTS, P_SPORT, "Équipements sportifs en accès libre sur l'Île de Nantes", "Choisir avec les habitants l'emplacement et le type des équipements sportifs en accès libre.",
                    NEIGHBOURHOOD, "Île de Nantes", CONCERTATION, Theme.SPORT, RETAINED, URBAN_WALK, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_SPORTS, P_SPORT, WOMEN_SPORT, "Comprendre avec les habitantes ce qui les éloigne du sport et y remédier avec les clubs.",
                    CITY, null, CONSULTATION, Theme.SPORT, RETAINED, CITIZEN_PANEL, SURVEY),
            c(DIR_SPORTS, P_SPORT, "Nouveau stade d'athlétisme métropolitain", "Informer et débattre de l'implantation du futur stade d'athlétisme.",
                    METROPOLIS, null, INFORMATION, Theme.SPORT, REJECTED, PUBLIC_DEBATE),
            c(DIR_EARLY_CHILDHOOD, P_TIMES, "Accueil du jeune enfant en horaires atypiques", "Adapter l'accueil des tout-petits aux parents qui travaillent tôt, tard ou le week-end.",
                    CITY, null, CONCERTATION, Theme.CHILDHOOD, RETAINED, SERVICE_DESIGN, SURVEY),
            c(DIR_EARLY_CHILDHOOD, P_EARLY_CHILDHOOD, "Lieux d'accueil parents-enfants aux Dervallières", "Définir avec les familles le fonctionnement d'un nouveau lieu d'accueil parents-enfants.",
                    NEIGHBOURHOOD, "Dervallières – Zola", CONSULTATION, Theme.CHILDHOOD, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_SOLIDARITY, P_EQUALITY, ASYLUM, "Repenser, par le design de service, l'accueil des demandeurs d'asile de leur arrivée à leur hébergement.",
                    CITY, null, CO_CONSTRUCTION, Theme.ASYLUM, RETAINED, SERVICE_DESIGN),
            c(DIR_SOLIDARITY, P_SOLIDARITY, "Lutter contre le non-recours aux droits", "Comprendre avec les personnes concernées pourquoi elles ne demandent pas les aides auxquelles elles ont droit.",
                    CITY, null, CONCERTATION, Theme.SOLIDARITY, RETAINED, SERVICE_DESIGN, CITIZEN_PANEL),
            c(DIR_SOLIDARITY, P_SOLIDARITY, "Épiceries solidaires : évaluer avec les bénéficiaires", "Évaluer le réseau des épiceries solidaires avec celles et ceux qui les fréquentent.",
                    CITY, null, CONSULTATION, Theme.SOLIDARITY, RETAINED, PARTICIPATORY_EVALUATION),
            c(DIR_SOLIDARITY, P_SOLIDARITY, "Domiciliation des personnes sans domicile stable", "Améliorer le service de domiciliation administrative.",
                    CITY, null, CONSULTATION, Theme.SOLIDARITY, WITHDRAWN, SURVEY),
            c(DIR_YOUTH, P_YOUTH, "Espaces jeunes : co-construire l'offre des 11-17 ans", "Construire avec les adolescents l'offre de loisirs et les horaires des espaces jeunes.",
                    CITY, null, CO_CONSTRUCTION, Theme.YOUTH, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_YOUTH, P_YOUTH, "Bourse aux projets de jeunes", "Revoir avec les jeunes les critères et le jury de la bourse aux projets.",
                    CITY, null, CONCERTATION, Theme.YOUTH, RETAINED, CITIZEN_PANEL),
            c(DIR_YOUTH, P_YOUTH, "Accompagnement vers l'emploi des 16-25 ans à Nantes Nord", "Construire avec les jeunes du quartier un accompagnement vers l'emploi qui leur ressemble.",
                    NEIGHBOURHOOD, "Nantes Nord", CONSULTATION, Theme.YOUTH, DEFERRED, SURVEY),
            c(DIR_HOUSING, P_HOUSING, "Habitat participatif : un nouvel appel à projets", "Écrire avec les groupes d'habitants le prochain appel à projets d'habitat participatif.",
                    CITY, null, CO_CONSTRUCTION, Theme.HOUSING, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_HOUSING, P_HOUSING, "Rénovation énergétique des copropriétés de Malakoff", "Accompagner les copropriétaires dans le choix des travaux de rénovation énergétique.",
                    NEIGHBOURHOOD, "Malakoff – Saint-Donatien", CONCERTATION, Theme.HOUSING, RETAINED, PUBLIC_DEBATE, URBAN_WALK),
            c(DIR_HOUSING, P_HOUSING, "Charte du logement abordable", "Débattre des engagements de la charte avec les habitants et les promoteurs.",
                    METROPOLIS, null, CONSULTATION, Theme.HOUSING, RETAINED, PUBLIC_DEBATE),
            c(DIR_ELDERLY, P_ELDERLY, ISOLATION, "Trouver avec les aînés, leurs voisins et les aidants des réponses concrètes à l'isolement.",
                    CITY, null, CONCERTATION, Theme.ELDERLY, RETAINED, CITIZEN_PANEL, SURVEY),
            c(DIR_ELDERLY, P_ELDERLY, "Ville amie des aînés à Saint-Félix", "Repérer en marchant avec les aînés ce qui freine leurs déplacements dans le quartier.",
                    NEIGHBOURHOOD, "Hauts-Pavés – Saint-Félix", CONSULTATION, Theme.ELDERLY, RETAINED, URBAN_WALK),
            c(DIR_ELDERLY, P_ELDERLY, "Transport solidaire pour les plus de 75 ans", "Imaginer un service de transport accompagné pour les personnes très âgées.",
                    METROPOLIS, null, CONSULTATION, Theme.ELDERLY, DEFERRED, SURVEY),
            c(DIR_ASSOCIATIONS, P_ASSOCIATIONS, ASSOCIATIONS_HOUSE, "Définir avec les associations le fonctionnement, les horaires et les services de la maison des associations.",
                    CITY, null, CO_CONSTRUCTION, Theme.ASSOCIATIONS, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_ASSOCIATIONS, P_ASSOCIATIONS, "Simplifier les demandes de subvention", "Simplifier avec les associations le dossier et le circuit des demandes de subvention.",
                    CITY, null, CONCERTATION, Theme.ASSOCIATIONS, RETAINED, SERVICE_DESIGN),
            c(DIR_ASSOCIATIONS, P_ASSOCIATIONS, "Budget participatif des associations du Breil", "Confier aux associations du quartier une enveloppe pour des projets communs.",
                    NEIGHBOURHOOD, "Breil – Barberie", CO_CONSTRUCTION, Theme.ASSOCIATIONS, REJECTED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_PREVENTION, P_PREVENTION, COHABITATION, "Améliorer, par le design de service, la cohabitation entre riverains, commerçants et usagers de la nuit.",
                    NEIGHBOURHOOD, "Centre-ville", CONCERTATION, Theme.PUBLIC_SPACE, RETAINED, SERVICE_DESIGN, URBAN_WALK),
            c(DIR_PREVENTION, P_TIMES, "Vie nocturne : concilier fête et sommeil", "Chercher avec les habitants et les professionnels de la nuit un équilibre entre animation et repos.",
                    CITY, null, CONCERTATION, Theme.PUBLIC_SPACE, RETAINED, CITIZEN_PANEL, PUBLIC_DEBATE),
            c(DIR_PREVENTION, P_PREVENTION, "Médiation de quartier à Bellevue", "Définir avec les habitants les missions et les horaires des médiateurs.",
                    NEIGHBOURHOOD, "Bellevue – Chantenay – Sainte-Anne", CONSULTATION, Theme.PUBLIC_SPACE, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_PREVENTION, P_PREVENTION, "Vidéoprotection : quels lieux ?", "Informer les habitants des projets d'implantation de caméras.",
                    CITY, null, INFORMATION, Theme.PUBLIC_SPACE, WITHDRAWN, PUBLIC_DEBATE),
            c(DIR_URBANISM, P_GROWTH, TOWN_HALL, "Co-concevoir avec les habitants, les agents et les élus la future mairie de quartier, avec un prestataire extérieur.",
                    NEIGHBOURHOOD, "Doulon – Bottière", CO_CONSTRUCTION, Theme.TOWN_HALL, RETAINED, CO_CONSTRUCTION_WORKSHOP, SERVICE_DESIGN),
            c(DIR_URBANISM, P_GROWTH, LOIRE, "Prolonger le grand débat « Nantes, la Loire et nous » sur l'aménagement des berges.",
                    METROPOLIS, null, CONCERTATION, Theme.HOUSING, RETAINED, PUBLIC_DEBATE),
            c(DIR_URBANISM, P_GROWTH, "Une place publique, cœur de quartier à Nantes Erdre", "Dessiner avec les habitants la future place du quartier et ses usages.",
                    NEIGHBOURHOOD, "Nantes Erdre", CONCERTATION, Theme.HOUSING, RETAINED, URBAN_WALK, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_URBANISM, P_GROWTH, "Règles de hauteur du plan local d'urbanisme", "Informer sur la révision des règles de hauteur des constructions.",
                    METROPOLIS, null, INFORMATION, Theme.HOUSING, REJECTED, PUBLIC_DEBATE),
            c(DIR_HERITAGE, P_MUSEUM, "Le musée des Beaux-Arts pour les publics éloignés", "Concevoir avec des habitants qui ne viennent jamais au musée des visites qui leur donnent envie.",
                    CITY, null, CONCERTATION, Theme.CULTURE, RETAINED, SERVICE_DESIGN, CITIZEN_PANEL),
            c(DIR_HERITAGE, P_CULTURE, "Patrimoine du XXe siècle : un inventaire participatif", "Recenser avec les habitants le patrimoine ordinaire du XXe siècle de leurs quartiers.",
                    CITY, null, CO_CONSTRUCTION, Theme.CULTURE, RETAINED, URBAN_WALK, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_HERITAGE, P_MUSEUM, "Ouverture nocturne des musées", "Tester avec les publics des ouvertures en soirée.",
                    CITY, null, CONSULTATION, Theme.CULTURE, DEFERRED, SURVEY));

    /** The programme of the previous year, closed: 8 candidates, 6 retained. */
    static final List<CandidateSpec> PREVIOUS_YEAR = List.of(
            c(DIR_HOUSING, P_HOUSING, "Transition énergétique : ateliers citoyens de quartier", "Prolonger le grand débat sur la transition énergétique par des ateliers dans chaque quartier.",
                    CITY, null, CONCERTATION, Theme.HOUSING, RETAINED, PUBLIC_DEBATE, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_CULTURE, P_CULTURE, SOUTH_LIBRARY, "Réaménager la médiathèque de quartier à partir des usages observés et imaginés avec les habitants.",
                    NEIGHBOURHOOD, "Nantes Sud", CO_CONSTRUCTION, Theme.LIBRARY, RETAINED, SERVICE_DESIGN),
            c(DIR_ASSOCIATIONS, P_ASSOCIATIONS, "Jardins partagés en pied d'immeuble", "Créer avec les associations et les locataires des jardins partagés.",
                    NEIGHBOURHOOD, "Breil – Barberie", CO_CONSTRUCTION, Theme.ASSOCIATIONS, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_EDUCATION, P_EDUCATION, "Accueil périscolaire : qualité et tarifs", "Revoir avec les familles la qualité et les tarifs de l'accueil périscolaire.",
                    CITY, null, CONSULTATION, Theme.CHILDHOOD, RETAINED, SURVEY, CITIZEN_PANEL),
            c(DIR_ELDERLY, P_ELDERLY, "Vieillissement : une ville pour tous les âges", "Tirer les suites du grand débat « Vieillissement » avec les habitants de tous âges.",
                    CITY, null, CONCERTATION, Theme.ELDERLY, RETAINED, PUBLIC_DEBATE),
            c(DIR_PREVENTION, P_PREVENTION, "Prévenir les rixes aux abords des collèges", "Construire avec les familles, les collèges et les éducateurs une réponse aux rixes.",
                    NEIGHBOURHOOD, "Malakoff – Saint-Donatien", CONSULTATION, Theme.PUBLIC_SPACE, RETAINED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_SPORTS, P_SPORT, WOMEN_SPORT, "Comprendre avec les habitantes ce qui les éloigne du sport.",
                    CITY, null, CONSULTATION, Theme.SPORT, DEFERRED, CITIZEN_PANEL),
            c(DIR_CULTURE, P_EMERGENCE, "Fresques participatives sur les transformateurs électriques", "Peindre avec les habitants les transformateurs électriques de leur rue.",
                    CITY, null, INFORMATION, Theme.CULTURE, REJECTED, CO_CONSTRUCTION_WORKSHOP));

    /** The programme of next year, open: drafts, submitted candidates and one studied. */
    static final List<CandidateSpec> NEXT_YEAR = List.of(
            c(DIR_CULTURE, P_CULTURE, "Fête de la musique : une programmation construite avec les quartiers", "Confier à des collectifs d'habitants une scène de la fête de la musique dans chaque quartier.",
                    CITY, null, CO_CONSTRUCTION, Theme.CULTURE, DRAFT, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_CULTURE, P_CULTURE, "Lecture publique hors les murs", "Porter les livres là où sont les habitants : parcs, marchés, halls d'immeuble.",
                    CITY, null, null, Theme.LIBRARY, DRAFT),
            c(DIR_SPORTS, P_SPORT, "Piscines : horaires et usages de demain", "Revoir avec les usagers les horaires et les créneaux des piscines municipales.",
                    CITY, null, CONSULTATION, Theme.SPORT, DRAFT, SURVEY, CITIZEN_PANEL),
            c(DIR_SOLIDARITY, P_SOLIDARITY, "Précarité alimentaire : une stratégie avec les habitants", "Élaborer avec les personnes concernées et les associations une stratégie d'aide alimentaire.",
                    CITY, null, CO_CONSTRUCTION, Theme.SOLIDARITY, SUBMITTED, CITIZEN_PANEL, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_YOUTH, P_YOUTH, "Conseil nantais de la jeunesse : renouveler son fonctionnement", "Revoir avec ses membres la composition et le rôle du conseil de la jeunesse.",
                    CITY, null, CONCERTATION, Theme.YOUTH, SUBMITTED, CO_CONSTRUCTION_WORKSHOP),
            c(DIR_ELDERLY, P_ELDERLY, "Vieillir chez soi : habitat intermédiaire et colocations", "Imaginer avec les aînés des formes d'habitat entre le domicile et l'établissement.",
                    NEIGHBOURHOOD, "Nantes Sud", CONCERTATION, Theme.ELDERLY, STUDIED, CO_CONSTRUCTION_WORKSHOP, URBAN_WALK));

    /** A session of the project of that title, {@code daysAgo} days before today. */
    record SessionSpec(String project, int daysAgo, String place, ParticipationMethod method, SessionGroup group,
            int participants, String themes, String outputs) {
    }

    private static final String TOWN_HALL_PLACE = "Maison de quartier Doulon – Bottière, grande salle";

    /** The sessions of the current and previous programmes' projects. */
    static final List<SessionSpec> SESSIONS = List.of(
            // the seed's model: three separate groups on the same day, then a mixed session some ten weeks later
            new SessionSpec(TOWN_HALL, 250, TOWN_HALL_PLACE, CO_CONSTRUCTION_WORKSHOP, SessionGroup.RESIDENTS, 24,
                    "Recueil des attentes autour de l'accueil dans un service public, à partir de photos d'accueils dans des pays étrangers ; animation par un prestataire extérieur.",
                    "Mur d'images commenté et douze attentes prioritaires : être reçu sans file d'attente, un coin pour les enfants, de la lumière naturelle, la discrétion pour les démarches sensibles."),
            new SessionSpec(TOWN_HALL, 250, "Mairie annexe de Doulon, salle de réunion", CO_CONSTRUCTION_WORKSHOP, SessionGroup.AGENTS, 15,
                    "Listing et hiérarchisation des fonctions souhaitables pour la future mairie.",
                    "Dix-huit fonctions hiérarchisées : état civil et titres d'identité en tête, puis accueil social, permanences associatives, point numérique accompagné."),
            new SessionSpec(TOWN_HALL, 250, "Hôtel de ville, salle des commissions", CO_CONSTRUCTION_WORKSHOP, SessionGroup.ELECTED_OFFICIALS, 7,
                    "Brainstorming autour de la devise nationale « Liberté, Égalité, Fraternité » appliquée à une mairie de quartier.",
                    "Trois principes : une mairie ouverte à tous sans condition (liberté), le même service partout dans la ville (égalité), un lieu de rencontre entre habitants (fraternité)."),
            new SessionSpec(TOWN_HALL, 172, TOWN_HALL_PLACE, CO_CONSTRUCTION_WORKSHOP, SessionGroup.MIXED, 41,
                    "Groupes mixés pour co-construire la nouvelle mairie : composer l'image d'une « mairie souhaitable » à partir de photos présélectionnées, avec des agents des services architecture et bâti.",
                    "Planche « mairie souhaitable » remise à l'équipe de conception ; les services architecture et bâti en tiennent compte dans le programme ; affiche de synthèse et compte rendu envoyés aux participants."),
            new SessionSpec(ASYLUM, 240, "Centre communal d'action sociale, salle d'accueil", SERVICE_DESIGN, SessionGroup.RESIDENTS, 14,
                    "Le parcours de l'arrivée à Nantes jusqu'à la première nuit d'hébergement, raconté par des demandeurs d'asile avec des interprètes.",
                    "Carte du parcours en douze étapes et ses moments de rupture : attente, orientation, langue."),
            new SessionSpec(ASYLUM, 226, "Hôtel de ville, salle des commissions", SERVICE_DESIGN, SessionGroup.AGENTS, 18,
                    "Les situations d'accueil difficiles vues par les agents et les bénévoles.",
                    "Douze irritants classés ; trois prototypes à tester : livret traduit, point d'accueil unique, interprétariat par téléphone."),
            new SessionSpec(ASYLUM, 180, "Maison des associations, salle 3", SERVICE_DESIGN, SessionGroup.MIXED, 32,
                    "Test des prototypes avec des demandeurs d'asile, des agents et des bénévoles.",
                    "Poster du parcours d'accueil remis aux services pour faciliter leur compréhension du dispositif ; compte rendu diffusé aux participants."),
            new SessionSpec(LIBRARIES, 260, "Médiathèque du centre-ville, auditorium", SERVICE_DESIGN, SessionGroup.RESIDENTS, 35,
                    "Observation des usages et entretiens avec des lecteurs et des non-usagers.",
                    "Six profils d'usagers et leurs attentes, du lycéen en quête de place au retraité qui ne se déplace plus."),
            new SessionSpec(LIBRARIES, 205, "Médiathèque de Nantes Nord", SERVICE_DESIGN, SessionGroup.AGENTS, 22,
                    "Les services à imaginer pour chaque profil, avec les bibliothécaires.",
                    "Vingt idées de services, dont le prêt d'objets et l'ouverture le dimanche."),
            new SessionSpec(LIBRARIES, 150, "Médiathèque du centre-ville, auditorium", SERVICE_DESIGN, SessionGroup.MIXED, 48,
                    "Prototypage de trois services et test avec des usagers.",
                    "Trois prototypes évalués ; affiche de synthèse et compte rendu publiés."),
            new SessionSpec(COHABITATION, 230, "Départ place du Bouffay", URBAN_WALK, SessionGroup.MIXED, 27,
                    "Marche de nuit dans le centre-ville avec des riverains, des commerçants et des médiateurs.",
                    "Carte des points de tension et des lieux où se poser."),
            new SessionSpec(COHABITATION, 190, "Salle municipale du Bouffay", SERVICE_DESIGN, SessionGroup.RESIDENTS, 31,
                    "Scénarios d'une soirée réussie pour un riverain, un fêtard, un commerçant.",
                    "Huit pistes d'action, dont la médiation de nuit et des toilettes ouvertes tard."),
            new SessionSpec(WOMEN_SPORT, 220, "Complexe sportif de Nantes Erdre", CITIZEN_PANEL, SessionGroup.RESIDENTS, 20,
                    "Panel de vingt habitantes : les freins à la pratique (horaires, sécurité, garde d'enfants, tenue).",
                    "Avis citoyen en dix propositions remis à l'adjoint aux sports."),
            new SessionSpec(WOMEN_SPORT, 120, "Hôtel de ville, salle des commissions", CITIZEN_PANEL, SessionGroup.MIXED, 28,
                    "Échange entre le panel, les clubs et les élus sur l'avis citoyen.",
                    "Engagements des clubs sur des créneaux réservés ; calendrier de réponse de la ville."),
            new SessionSpec(SCHOOLYARDS, 210, "Groupe scolaire de Nantes Nord, préau", CO_CONSTRUCTION_WORKSHOP, SessionGroup.MIXED, 45,
                    "Dessiner la cour avec les élèves, les parents et les animateurs.",
                    "Trois plans de cour dessinés par les enfants et une maquette commune."),
            new SessionSpec(SCHOOLYARDS, 140, "Cour de l'école élémentaire voisine", URBAN_WALK, SessionGroup.MIXED, 26,
                    "Visite d'une cour déjà végétalisée, avec ses utilisateurs.",
                    "Retours sur l'entretien et les usages ; choix des essences à planter."),
            new SessionSpec(ISOLATION, 200, "Résidence autonomie de Nantes Sud", CO_CONSTRUCTION_WORKSHOP, SessionGroup.RESIDENTS, 23,
                    "Situations d'isolement vécues et rôle du voisinage.",
                    "Carte des lieux de sociabilité du quartier ; propositions de visites de convivialité."),
            new SessionSpec(ISOLATION, 130, "CCAS, salle du conseil", CO_CONSTRUCTION_WORKSHOP, SessionGroup.MIXED, 34,
                    "Priorisation des propositions avec les aidants et les professionnels du domicile.",
                    "Plan d'action en six mesures soumis à l'adjointe aux personnes âgées."),
            new SessionSpec(ASSOCIATIONS_HOUSE, 175, "Maison des associations, grande salle", CO_CONSTRUCTION_WORKSHOP, SessionGroup.MIXED, 52,
                    "Fonctionnement, horaires et services de la maison des associations.",
                    "Projet de charte de fonctionnement ; comité d'usagers constitué."),
            new SessionSpec(LOIRE, 160, "Hangar à bananes, Île de Nantes", PUBLIC_DEBATE, SessionGroup.MIXED, 180,
                    "Quels usages pour les berges : promenade, nature, baignade, activités nautiques ?",
                    "Synthèse du débat publiée ; quarante contributions écrites recueillies."),
            new SessionSpec(SOUTH_LIBRARY, 620, "Médiathèque de Nantes Sud", SERVICE_DESIGN, SessionGroup.RESIDENTS, 26,
                    "Les usages d'aujourd'hui et de demain, observés et racontés par les habitants.",
                    "Quatre scénarios d'aménagement."),
            new SessionSpec(SOUTH_LIBRARY, 585, "Médiathèque de Nantes Sud", SERVICE_DESIGN, SessionGroup.MIXED, 33,
                    "Choix d'un scénario avec les bibliothécaires et l'architecte.",
                    "Scénario retenu et plan d'aménagement affichés dans la médiathèque."));

    /** How many recommendations the projects with sessions received; the others receive two to four. */
    static final Map<String, Integer> RECOMMENDATION_COUNTS = Map.of(
            TOWN_HALL, 14, ASYLUM, 10, LIBRARIES, 12, COHABITATION, 9, WOMEN_SPORT, 8, SCHOOLYARDS, 8,
            ISOLATION, 8, ASSOCIATIONS_HOUSE, 7, LOIRE, 9);
}
