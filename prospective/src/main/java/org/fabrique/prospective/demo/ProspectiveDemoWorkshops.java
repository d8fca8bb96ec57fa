package org.fabrique.prospective.demo;

import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.CITIZENSHIP;
import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.CULTURE;
import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.EDUCATION;
import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.SAFETY;
import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.SOCIAL;
import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.SPORT;
import static org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme.URBAN;

import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.domain.WorkshopStatus;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme;

/**
 * The 16 Ateliers prospectifs of 2008–2013 as the seed lists them: ten policies in the first cycle
 * (June 2008 – December 2009), six in the second wave (January 2010 – June 2013). Their issues, debates
 * and positionings are the seed's own (its cross-reading by TMO Régions); who sat, the dates and the
 * firm of each workshop are invented within what the seed says (five months, three sequences, the four
 * firms it names).
 */
final class ProspectiveDemoWorkshops {

    /** The firms the seed says accompanied the Ateliers since 2008. */
    static final List<String> FIRMS = List.of("Missions publiques", "Araïs", "Stratys", "TMO Régions");

    static final String FIRST_CYCLE = "Premier cycle des Ateliers prospectifs (2008–2009)";
    static final LocalDate FIRST_CYCLE_START = LocalDate.of(2008, 6, 1);
    static final LocalDate FIRST_CYCLE_END = LocalDate.of(2009, 12, 31);
    static final String SECOND_CYCLE = "Seconde vague des Ateliers prospectifs (2010–2013)";
    static final LocalDate SECOND_CYCLE_START = LocalDate.of(2010, 1, 1);
    static final LocalDate SECOND_CYCLE_END = LocalDate.of(2013, 6, 30);

    /**
     * One workshop of the seed.
     *
     * @param policy      the public policy's name, as CoreDemo stores it
     * @param themes      the fields of action that decide who is asked to sit, the first the main one
     * @param president   the key of the deputy mayor who presides
     * @param directors   the keys of the directors on the organising committee (without "D-")
     * @param firstSession the exploratory session; the others follow about every seven weeks
     * @param adoptionSession whether the scenario sequence needed a second session to adopt the text
     * @param diagnostic  what the exploratory sequence put on the table
     * @param issues      the issues the group fixed and ranked at the end of the exploratory sequence
     * @param resource    where the resource sequence looked
     * @param scenario    what the scenario sequence settled
     */
    record WorkshopSpec(String policy, String title, TerritorialScale scale, List<Theme> themes, String president,
            List<String> directors, String firm, LocalDate firstSession, boolean adoptionSession, String contract,
            String diagnostic, List<String> issues, String resource, String scenario, WorkshopStatus status) {

        boolean firstCycle() {
            return firstSession.isBefore(SECOND_CYCLE_START);
        }

        String committee() {
            return "Pôle Politiques publiques et prospective ; " + String.join(" ; ",
                    directors.stream().map(d -> d.replaceAll(" \\(depuis \\d{4}\\)", "")).toList());
        }
    }

    static final List<WorkshopSpec> ALL = List.of(
            new WorkshopSpec("Culture", "Atelier Culture", TerritorialScale.CITY, List.of(CULTURE), "A-CULTURE",
                    List.of("Direction de la culture", "Direction du patrimoine et des musées"), "Missions publiques",
                    LocalDate.of(2008, 6, 24), true,
                    "Un référentiel de la politique culturelle en cinq chapitres, soumis au bureau municipal, qui fonde le plan"
                            + " d'actions de la direction de la culture pour le mandat.",
                    "le bilan du mandat précédent, la fréquentation des équipements, les pratiques culturelles des Nantais par"
                            + " quartier et la carte des acteurs et des lieux",
                    List.of("Ancrer la culture comme levier d'attractivité internationale",
                            "Développer la médiation et les parcours culturels",
                            "Refuser l'entre-soi culturel et aller vers les publics éloignés",
                            "Renforcer la présence de l'offre culturelle sur l'espace public",
                            "Faire travailler en réseau les acteurs d'un même territoire",
                            "Co-produire des œuvres et des événements avec les habitants"),
                    "Parangonnage des politiques culturelles de Lille et de Bilbao ; visite d'un lieu de fabrique artistique"
                            + " de l'île de Nantes.",
                    "Le débat a opposé l'exigence d'excellence à celle de démocratisation avant de s'accorder sur une culture"
                            + " pensée aussi comme une occasion de mise en relation des habitants ; la Ville s'y affirme maître"
                            + " d'ouvrage.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Éducation et réussite éducative", "Atelier Éducation et réussite éducative", TerritorialScale.CITY,
                    List.of(EDUCATION), "A-EDUCATION", List.of("Direction de l'éducation", "Direction de la jeunesse"),
                    "Missions publiques", LocalDate.of(2008, 9, 23), false,
                    "Un référentiel de la politique éducative qui précise le rôle de la Ville aux côtés de l'Éducation nationale"
                            + " et fonde le plan d'actions de la réussite éducative.",
                    "les résultats scolaires par quartier, le bilan du projet éducatif local et les dispositifs de réussite"
                            + " éducative avec leurs bénéficiaires",
                    List.of("L'émancipation et la réussite éducative de chaque enfant",
                            "Prévenir le décrochage scolaire et le sentiment de ne pas avoir d'avenir",
                            "La continuité éducative entre l'école, la famille et le temps libre",
                            "Associer les parents comme co-éducateurs",
                            "Réduire les écarts entre les quartiers"),
                    "Parangonnage des programmes de réussite éducative de Rennes et de Grenoble.",
                    "Le groupe a fait consensus sur une entrée par les parcours des enfants plutôt que par les dispositifs ;"
                            + " les amendements ont précisé la place des parents.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Égalité, citoyenneté, intégration des populations immigrées",
                    "Atelier Égalité, citoyenneté, intégration des populations immigrées", TerritorialScale.CITY,
                    List.of(CITIZENSHIP, SOCIAL), "A-EGALITE", List.of("Mission égalité, intégration", "Direction des solidarités"),
                    "Araïs", LocalDate.of(2008, 10, 14), false,
                    "Un référentiel de la politique d'égalité et d'intégration qui fixe les priorités de la Ville pour l'accès"
                            + " aux droits et la lutte contre les discriminations.",
                    "le portrait des populations étrangères et immigrées de la ville, leur accès à l'emploi (29,6 % des personnes"
                            + " d'origine étrangère en recherche d'emploi) et le bilan des instances de participation des résidents"
                            + " étrangers",
                    List.of("L'égalité d'accès aux droits et aux services publics",
                            "Lutter contre les discriminations, à l'emploi d'abord",
                            "Prévenir le rejet et la stigmatisation",
                            "Reconnaître la participation citoyenne des résidents étrangers",
                            "Accueillir les nouveaux arrivants",
                            "Former les agents de la Ville à l'égalité de traitement"),
                    "Parangonnage des plans de lutte contre les discriminations de Villeurbanne et de Strasbourg.",
                    "Le texte retient une entrée par les problématiques (égalité d'accès aux droits, discriminations) et non par"
                            + " les publics ; la Ville s'y positionne animatrice d'un réseau d'acteurs.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Jeunesse", "Atelier Jeunesse", TerritorialScale.CITY, List.of(EDUCATION, CITIZENSHIP),
                    "A-JEUNESSE", List.of("Direction de la jeunesse", "Direction de la vie des quartiers"), "Araïs",
                    LocalDate.of(2008, 11, 18), false,
                    "Un référentiel de la politique jeunesse centré sur l'autonomie des 16-25 ans, base du plan d'actions de la"
                            + " direction de la jeunesse.",
                    "les parcours des jeunes Nantais (il faut aujourd'hui entre 7 et 10 ans à un jeune pour stabiliser sa"
                            + " situation), leur chômage (19,7 %) et le bilan des équipements jeunesse",
                    List.of("L'autonomie par l'emploi, le logement et la citoyenneté",
                            "Sécuriser les parcours d'insertion",
                            "Soutenir les initiatives des jeunes",
                            "Lutter contre la stigmatisation des jeunes dans l'espace public",
                            "Connaître les jeunes qui ne viennent pas vers la Ville",
                            "Coordonner les acteurs de la jeunesse sur les territoires"),
                    "Visite d'une pépinière d'initiatives jeunes et parangonnage des politiques jeunesse de Lyon et de Bordeaux.",
                    "Le document affirme la Ville co-actrice de l'insertion des jeunes avec la Région et l'État, et maître"
                            + " d'ouvrage du soutien à leurs initiatives.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Logement habitat", "Atelier Logement habitat", TerritorialScale.CITY, List.of(URBAN, SOCIAL),
                    "A-HABITAT", List.of("Direction de l'habitat", "Direction de l'urbanisme"), "Stratys",
                    LocalDate.of(2009, 1, 13), false,
                    "Un référentiel de la politique de l'habitat de la Ville, articulé avec le programme local de l'habitat de"
                            + " la communauté urbaine.",
                    "la demande de logement social, les prix du foncier et des loyers, le départ des familles et des classes"
                            + " moyennes vers la périphérie",
                    List.of("Répondre à la demande de logement des familles populaires",
                            "Retenir les classes moyennes en ville",
                            "Produire du logement abordable",
                            "Préserver la mixité et la cohésion sociale",
                            "Adapter les logements au vieillissement",
                            "Concilier densité et qualité de l'habitat"),
                    "Parangonnage des politiques de l'habitat de Rennes et de Fribourg-en-Brisgau ; visite d'une opération"
                            + " d'habitat participatif.",
                    "Le débat a porté sur la prime à l'individuel : le texte demande une offre attractive pour les familles sans"
                            + " renoncer à la durabilité de la production urbaine.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Personnes âgées", "Atelier Personnes âgées", TerritorialScale.CITY, List.of(SOCIAL), "A-AGES",
                    List.of("Direction des personnes âgées", "Centre communal d'action sociale"), "Araïs",
                    LocalDate.of(2009, 2, 10), true,
                    "Un référentiel de la politique en direction des personnes âgées, qui dise le rôle de la Ville face à des"
                            + " compétences surtout départementales et fonde le plan d'actions du CCAS.",
                    "le vieillissement accéléré de la population, l'appauvrissement des relations sociales chez les personnes"
                            + " âgées en précarité et les compétences du Conseil général, des caisses d'assurance maladie et de la"
                            + " CNSA",
                    List.of("Lutter contre l'isolement des personnes âgées",
                            "Permettre à celles qui le souhaitent de rester vivre chez elles",
                            "Adapter les logements et la ville au vieillissement",
                            "Soutenir les aidants familiaux",
                            "Donner à voir autrement la vieillesse et le lien entre les générations",
                            "Faciliter l'accès et la participation des personnes âgées à la vie sociale",
                            "Coordonner les acteurs sur les territoires"),
                    "Parangonnage des réseaux de veille contre l'isolement de Lille et de Besançon ; visite d'un équipement"
                            + " intergénérationnel.",
                    "Le groupe a retenu pour la Ville le rôle d'animatrice : impulser et coordonner les actions sur les"
                            + " territoires et expérimenter un dispositif de veille mobilisant les acteurs de terrain.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Petite enfance", "Atelier Petite enfance", TerritorialScale.CITY, List.of(EDUCATION, SOCIAL),
                    "A-ENFANCE", List.of("Direction de la petite enfance", "Direction des solidarités"), "Missions publiques",
                    LocalDate.of(2009, 3, 17), true,
                    "Un référentiel de la politique petite enfance qui dise la place de chaque mode d'accueil et fonde le plan"
                            + " d'actions de la direction de la petite enfance.",
                    "la demande d'accueil collectif, l'activité des assistantes maternelles, la part des familles monoparentales"
                            + " (une sur trois) et le coût de la garde pour les familles en précarité",
                    List.of("Répondre aux demandes d'accueil sans nuire à l'équilibre du dispositif ni aux finances locales",
                            "Ouvrir l'accueil collectif aux familles en précarité",
                            "Revaloriser l'accueil individuel chez les assistantes maternelles",
                            "Faciliter le parcours des familles par de nouveaux lieux d'accueil et d'information",
                            "Concilier vie familiale et vie professionnelle, lever les freins à l'emploi des femmes",
                            "Garantir une offre d'accueil diversifiée et de qualité"),
                    "Audition sur les représentations des modes de garde ; visite d'un relais assistantes maternelles et d'un"
                            + " multi-accueil à horaires élargis.",
                    "Le document positionne la Ville co-actrice de la petite enfance avec le Conseil général et la Caisse"
                            + " d'allocations familiales, et affirme la place de la garde individuelle dans une offre diversifiée.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Solidarité et action sociale", "Atelier Solidarité et action sociale", TerritorialScale.CITY,
                    List.of(SOCIAL), "A-SOLIDARITE", List.of("Direction des solidarités", "Centre communal d'action sociale"),
                    "Araïs", LocalDate.of(2009, 4, 14), false,
                    "Un référentiel de l'action sociale municipale qui clarifie le rôle de la Ville et du CCAS à côté du Conseil"
                            + " général.",
                    "les 24 000 ménages sous le seuil de bas revenus, les 11 500 travailleurs pauvres et les précarités en"
                            + " émergence dans des quartiers jusque-là épargnés",
                    List.of("Sécuriser les parcours de vie des personnes en précarité",
                            "Aller vers les personnes qui ne sollicitent pas la Ville",
                            "Proposer des réponses moins standardisées (micro-crédit, accueil des parents)",
                            "Prévenir les nouvelles précarités, énergétique notamment",
                            "Sortir d'une logique de guichet",
                            "Clarifier les rôles avec le Conseil général"),
                    "Parangonnage des politiques sociales de Lille et de Lyon ; audition d'acteurs associatifs de l'insertion.",
                    "Le texte fait de l'« aller vers » un principe d'action et demande un meilleur partage de la connaissance"
                            + " des situations entre partenaires.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Sport", "Atelier Sport", TerritorialScale.CITY, List.of(SPORT), "A-SPORT",
                    List.of("Direction des sports"), "Stratys", LocalDate.of(2009, 5, 19), false,
                    "Un référentiel de la politique sportive qui dise l'équilibre entre le soutien aux clubs et les pratiques"
                            + " libres, base du plan d'actions de la direction des sports.",
                    "les pratiques sportives des Nantais, les clubs et les équipements, la demande de pratiques libres,"
                            + " familiales et centrées sur le bien-être",
                    List.of("Conforter le sport comme outil éducatif et de cohésion sociale",
                            "Accueillir les pratiques libres et émergentes (futsal, ultimate, espace public)",
                            "Ouvrir l'offre aux femmes, aux seniors et aux personnes en situation de handicap",
                            "Assouplir les conditions d'accès aux équipements",
                            "Maintenir le soutien au mouvement sportif",
                            "Soutenir les clubs qui accueillent les publics des quartiers populaires"),
                    "Parangonnage des politiques sportives de Strasbourg et de Montpellier ; visite d'un équipement de plein air"
                            + " en accès libre.",
                    "La tension entre le soutien au sport de performance, grand consommateur d'équipements, et les pratiques"
                            + " libres a été tranchée par des priorités de publics et de territoires.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Vie associative", "Atelier Vie associative", TerritorialScale.CITY, List.of(CITIZENSHIP),
                    "A-ASSOCIATIONS", List.of("Direction de la vie associative"), "Missions publiques",
                    LocalDate.of(2009, 6, 16), false,
                    "Un référentiel de la politique de vie associative qui clarifie ce que la Ville attend de ses partenaires"
                            + " associatifs et ce qu'elle leur apporte.",
                    "le nombre et la diversité des associations, les subventions et les conventions, les locaux mis à"
                            + " disposition et le renouvellement du bénévolat",
                    List.of("Clarifier et formaliser les relations contractuelles avec les associations",
                            "Mieux connaître ce qui se fait",
                            "Soutenir le bénévolat et son renouvellement",
                            "Accompagner les petites associations et les collectifs peu constitués",
                            "Promouvoir le dialogue citoyen comme invitation au collectif"),
                    "Audition de responsables de fédérations associatives ; parangonnage des maisons des associations de"
                            + " Rennes et de Lille.",
                    "Le texte adopté demande des conventions qui ne laissent aucune équivoque sur l'attente de la collectivité"
                            + " et les rôles de chacun.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Conciliation des temps", "Atelier Conciliation des temps", TerritorialScale.CITY,
                    List.of(SOCIAL, URBAN), "A-TEMPS", List.of("Direction de la petite enfance", "Direction de l'urbanisme"),
                    "TMO Régions", LocalDate.of(2010, 3, 16), false,
                    "Un référentiel transversal sur les temps de la ville, qui propose aux directions des actions sur les"
                            + " horaires et les services.",
                    "les rythmes de vie des Nantais, les horaires des services publics, les temps de déplacement et le partage"
                            + " des tâches entre femmes et hommes",
                    List.of("Faciliter la conciliation des temps pour les parents de jeunes enfants",
                            "Adapter les horaires des services publics aux modes de vie",
                            "Lever les freins à l'emploi des femmes",
                            "Prendre en compte les temps dans l'aménagement urbain",
                            "L'égalité entre femmes et hommes dans le partage des temps"),
                    "Parangonnage des bureaux des temps de Rennes et de Poitiers.",
                    "Le groupe a retenu une démarche d'expérimentation avant toute généralisation des horaires élargis.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Musée des Beaux-Arts", "Atelier Musée des Beaux-Arts", TerritorialScale.METROPOLIS,
                    List.of(CULTURE), "A-CULTURE", List.of("Direction du patrimoine et des musées", "Direction de la culture"),
                    "TMO Régions", LocalDate.of(2010, 11, 16), false,
                    "Un référentiel du projet du musée des Beaux-Arts : ses publics, sa place dans la ville et son rayonnement.",
                    "la fréquentation du musée et de ses expositions, le profil de ses visiteurs et de ceux qui n'y viennent"
                            + " pas, ses collections et ses partenaires",
                    List.of("Concilier l'exigence de fréquentation et l'excellence scientifique",
                            "Rendre le musée accessible aux publics éloignés des pratiques culturelles",
                            "Faire du musée un lieu de rencontre où il se passe toujours quelque chose",
                            "Le rayonnement international du musée",
                            "L'éducation et la médiation"),
                    "Parangonnage des musées de Lille, de Lyon et de Lens ; audition sur l'accueil et l'accompagnement des"
                            + " publics.",
                    "Le texte assigne au musée une exigence de démocratisation sans renoncer à l'excellence, à la scientificité"
                            + " et au rayonnement.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Prévention de la délinquance", "Atelier Prévention de la délinquance (tranquillité publique)",
                    TerritorialScale.CITY, List.of(SAFETY), "A-TRANQUILLITE",
                    List.of("Direction de la prévention et de la tranquillité publique", "Police municipale"), "Stratys",
                    LocalDate.of(2011, 5, 17), true,
                    "Un référentiel de la politique de prévention et de tranquillité publique qui clarifie le rôle du Maire dans"
                            + " le dispositif local.",
                    "les faits constatés, les incivilités et les occupations de halls signalées, les attentes exprimées dans la"
                            + " concertation Nantes 2030 et les compétences de l'État et des bailleurs",
                    List.of("Clarifier le rôle et le positionnement du Maire dans la prévention",
                            "Renforcer la présence sur l'espace public",
                            "Mieux mobiliser les médiateurs de quartier",
                            "Lutter contre la stigmatisation des jeunes et des quartiers prioritaires",
                            "Répondre aux incivilités et aux occupations de halls",
                            "Coordonner l'action avec l'État et les bailleurs"),
                    "Audition sur les politiques locales de prévention ; parangonnage des conseils locaux de sécurité de Lyon et"
                            + " de Grenoble.",
                    "Le débat a reconnu que la Ville ne dispose pas de tous les leviers : le texte la fait animatrice du"
                            + " partenariat et maître d'ouvrage de la médiation.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Accueillir 100 000 habitants", "Atelier Accueillir 100 000 habitants", TerritorialScale.METROPOLIS,
                    List.of(URBAN), "A-HABITAT", List.of("Direction de l'urbanisme", "Direction de l'habitat"), "TMO Régions",
                    LocalDate.of(2011, 11, 15), true,
                    "Un référentiel de la stratégie de la Ville pour accueillir sa part de la croissance de la métropole, à"
                            + " porter dans les choix métropolitains.",
                    "les projections démographiques (30 000 Nantais de plus d'ici 2030), la production de logements, le départ"
                            + " des familles et les attentes des habitants sur la ville qui se construit",
                    List.of("Construire 5 000 logements par an sur la métropole, dont la moitié abordables",
                            "Retenir les familles et les classes moyennes en ville",
                            "Concevoir la ville à l'écoute des désirs et des attentes des habitants",
                            "Dépasser un discours urbain focalisé sur la seule densité",
                            "La qualité de l'habitat et la désirabilité de la ville",
                            "Peser, comme ville centre, sur la programmation métropolitaine"),
                    "Parangonnage des stratégies d'accueil de Bordeaux et de Rennes ; audition d'urbanistes et de sociologues"
                            + " de l'habitat.",
                    "Le texte refuse le dogmatisme d'un discours banalisé sur la densité et fait de la Ville une incitatrice"
                            + " des choix de programmation métropolitains.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Soutien aux émergences", "Atelier Soutien aux émergences", TerritorialScale.METROPOLIS,
                    List.of(CULTURE, CITIZENSHIP), "A-INITIATIVES", List.of("Direction de la culture (depuis 2011)",
                            "Direction de la jeunesse"), "TMO Régions", LocalDate.of(2012, 5, 15), false,
                    "Un référentiel du soutien de la Ville aux initiatives émergentes, de l'idée au projet.",
                    "l'écosystème nantais de la création (atelier des initiatives, incubateur, quartier de la création,"
                            + " pépinières) et les collectifs hybrides, souvent peu organisés, qui portent des projets courts",
                    List.of("Soutenir les initiatives portées par des collectifs peu constitués",
                            "Renforcer les outils financiers et l'accompagnement au projet",
                            "Conjurer le risque de l'autosatisfaction et de la fermeture à l'innovation",
                            "Consolider l'écosystème nantais de la création",
                            "Étendre les coopérations avec la société civile"),
                    "Visite d'un incubateur et de lieux du quartier de la création ; parangonnage de Berlin et de Barcelone.",
                    "La Ville s'y affirme maître d'ouvrage du soutien aux innovations, avec des guichets simplifiés pour les"
                            + " petits collectifs.",
                    WorkshopStatus.CLOSED),
            new WorkshopSpec("Animation sociale & culturelle", "Atelier Animation sociale & culturelle", TerritorialScale.CITY,
                    List.of(CITIZENSHIP, CULTURE), "A-QUARTIERS", List.of("Direction de la vie des quartiers",
                            "Direction de la vie associative"), "TMO Régions", LocalDate.of(2012, 11, 13), false,
                    "Un référentiel de l'animation sociale et culturelle de proximité, base de la nouvelle convention avec"
                            + " l'association d'animation des quartiers.",
                    "l'offre des équipements de proximité, les conventions avec les associations d'animation et la crise du"
                            + " lien social (un ménage sur deux composé d'une personne seule)",
                    List.of("Favoriser le lien social et la rencontre entre habitants",
                            "Repenser la relation avec les associations d'animation",
                            "Promouvoir le dialogue citoyen comme invitation au collectif",
                            "Faire des équipements de proximité des lieux d'échanges",
                            "Mobiliser les solidarités sur les territoires"),
                    "Parangonnage des centres sociaux de Lille et de Grenoble ; visite de deux maisons de quartier.",
                    "Le texte fait de la scène démocratique locale une réponse à la crise du lien social ; son plan d'actions"
                            + " est en cours.",
                    WorkshopStatus.ACTION_PLAN));

    private ProspectiveDemoWorkshops() {
    }
}
