package org.fabrique.web.startup;

import static org.fabrique.prospective.domain.Marker.ATTRACTIVENESS;
import static org.fabrique.prospective.domain.Marker.CITIZEN_PARTICIPATION;
import static org.fabrique.prospective.domain.Marker.CROSS_CUTTING_ACTION;
import static org.fabrique.prospective.domain.Marker.PROXIMITY;
import static org.fabrique.prospective.domain.Marker.SOCIAL_TIES;
import static org.fabrique.prospective.domain.Marker.SOLIDARITY;
import static org.fabrique.prospective.domain.Marker.SUSTAINABILITY;

import java.util.List;
import java.util.Map;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.ResourceType;

/**
 * The issues each demo workshop's group fixed and ranked at the end of its exploratory sequence, tagged
 * with the seed's cross-cutting markers, and a few of the benchmarks and hearings of their resource
 * sequence. Drawn from the seed's cross-reading of the sixteen workshops; keyed by the workshop's policy.
 */
final class ProspectiveDemoIssues {

    record IssueSpec(String title, List<Marker> markers, String tension) {
        IssueSpec(String title, Marker... markers) {
            this(title, List.of(markers), null);
        }
    }

    record ResourceSpec(ResourceType type, String title, String source, String organisation, String content,
            String lesson, int informsIssue) {
    }

    private static IssueSpec tension(String title, String tension, Marker... markers) {
        return new IssueSpec(title, List.of(markers), tension);
    }

    static final Map<String, List<IssueSpec>> BY_POLICY = Map.ofEntries(
            Map.entry("Culture", List.of(
                    new IssueSpec("Ancrer la culture comme levier d'attractivité internationale", ATTRACTIVENESS),
                    tension("Les lieux culturels comme lieux de rencontre entre habitants", "Excellence artistique et démocratisation",
                            SOCIAL_TIES, ATTRACTIVENESS),
                    new IssueSpec("Une offre culturelle présente dans l'espace public", PROXIMITY, SOCIAL_TIES),
                    new IssueSpec("L'accès des publics éloignés des pratiques culturelles", SOLIDARITY),
                    new IssueSpec("La coopération avec les acteurs culturels de la métropole", CROSS_CUTTING_ACTION),
                    new IssueSpec("La place des pratiques amateurs", CITIZEN_PARTICIPATION))),
            Map.entry("Éducation et réussite éducative", List.of(
                    new IssueSpec("Les jeunes en situation de décrochage scolaire", SOLIDARITY),
                    new IssueSpec("Renforcer les dispositifs de réussite éducative", SOLIDARITY, CROSS_CUTTING_ACTION),
                    new IssueSpec("Les parents, premiers éducateurs", SOCIAL_TIES, CITIZEN_PARTICIPATION),
                    new IssueSpec("Le temps de l'enfant et les rythmes éducatifs", CROSS_CUTTING_ACTION),
                    new IssueSpec("L'école ouverte sur son quartier", PROXIMITY, SOCIAL_TIES))),
            Map.entry("Égalité, citoyenneté, intégration des populations immigrées", List.of(
                    new IssueSpec("Lutter contre les discriminations dans l'accès aux droits", SOLIDARITY),
                    new IssueSpec("Lutter contre la stigmatisation des populations d'origine étrangère", SOLIDARITY, SOCIAL_TIES),
                    new IssueSpec("L'accueil des primo-arrivants", SOLIDARITY, PROXIMITY),
                    new IssueSpec("La participation des résidents étrangers à la vie de la cité", CITIZEN_PARTICIPATION),
                    new IssueSpec("L'égalité entre les femmes et les hommes", SOLIDARITY, CROSS_CUTTING_ACTION))),
            Map.entry("Jeunesse", List.of(
                    new IssueSpec("L'autonomie des jeunes : logement, emploi, mobilité", SOLIDARITY, CROSS_CUTTING_ACTION),
                    tension("La place des jeunes dans l'espace public", "Liberté des usages et tranquillité des riverains",
                            SOCIAL_TIES, PROXIMITY),
                    new IssueSpec("Soutenir les initiatives portées par les jeunes", CITIZEN_PARTICIPATION),
                    new IssueSpec("Les jeunes sans perspective professionnelle", SOLIDARITY),
                    new IssueSpec("Une information jeunesse au plus près des usages", PROXIMITY))),
            Map.entry("Logement habitat", List.of(
                    new IssueSpec("Produire des logements abordables pour les familles populaires", SOLIDARITY),
                    tension("La mixité sociale dans chaque quartier", "Attractivité résidentielle et accueil des plus modestes",
                            SOLIDARITY, ATTRACTIVENESS),
                    new IssueSpec("La qualité de l'habitat et la désirabilité de la ville", ATTRACTIVENESS, SUSTAINABILITY),
                    new IssueSpec("La précarité énergétique", SOLIDARITY, SUSTAINABILITY),
                    new IssueSpec("Les parcours résidentiels des jeunes et des aînés", CROSS_CUTTING_ACTION))),
            Map.entry("Personnes âgées", List.of(
                    new IssueSpec("Rompre l'isolement des personnes âgées", SOCIAL_TIES, SOLIDARITY),
                    new IssueSpec("Un dispositif de veille mobilisant les acteurs de terrain", PROXIMITY, CROSS_CUTTING_ACTION),
                    new IssueSpec("La participation des aînés à la vie sociale", CITIZEN_PARTICIPATION, SOCIAL_TIES),
                    new IssueSpec("Donner à voir autrement la vieillesse", SOCIAL_TIES),
                    tension("Vieillir chez soi le plus longtemps possible", "Maintien à domicile et coût des services",
                            PROXIMITY, SOLIDARITY),
                    new IssueSpec("Le lien entre les générations", SOCIAL_TIES),
                    new IssueSpec("Anticiper la dépendance", SOLIDARITY))),
            Map.entry("Petite enfance", List.of(
                    new IssueSpec("L'accès des familles modestes aux modes de garde collectifs", SOLIDARITY),
                    new IssueSpec("Concilier vie familiale et vie professionnelle des parents de jeunes enfants", CROSS_CUTTING_ACTION),
                    new IssueSpec("Lever les freins à l'emploi des femmes", SOLIDARITY),
                    new IssueSpec("La qualité de l'accueil du jeune enfant", PROXIMITY),
                    new IssueSpec("Le soutien à la fonction parentale", SOCIAL_TIES))),
            Map.entry("Solidarité et action sociale", List.of(
                    new IssueSpec("La progression des situations de précarité", SOLIDARITY),
                    new IssueSpec("L'accès aux droits et le non-recours", SOLIDARITY, PROXIMITY),
                    new IssueSpec("L'accompagnement des jeunes précaires", SOLIDARITY),
                    new IssueSpec("La coordination des acteurs de l'action sociale", CROSS_CUTTING_ACTION),
                    new IssueSpec("Associer les personnes accompagnées", CITIZEN_PARTICIPATION))),
            Map.entry("Sport", List.of(
                    new IssueSpec("Le sport, outil éducatif et de cohésion sociale", SOCIAL_TIES, SOLIDARITY),
                    new IssueSpec("Les publics peu pris en compte : jeunes, femmes, seniors, personnes handicapées", SOLIDARITY),
                    tension("Les pratiques libres et auto-organisées", "Soutien aux clubs et ouverture aux pratiques libres",
                            PROXIMITY, CITIZEN_PARTICIPATION),
                    new IssueSpec("Soutenir les clubs des quartiers populaires", SOLIDARITY, PROXIMITY),
                    new IssueSpec("Le rayonnement par les grands événements sportifs", ATTRACTIVENESS))),
            Map.entry("Vie associative", List.of(
                    new IssueSpec("Le renouvellement des bénévoles", CITIZEN_PARTICIPATION),
                    new IssueSpec("Les collectifs en émergence", CITIZEN_PARTICIPATION, SOCIAL_TIES),
                    new IssueSpec("Des relations contractuelles claires avec la Ville", CROSS_CUTTING_ACTION),
                    new IssueSpec("Les locaux et les moyens partagés", PROXIMITY),
                    new IssueSpec("La vie associative, école de la citoyenneté", CITIZEN_PARTICIPATION))),
            Map.entry("Conciliation des temps", List.of(
                    new IssueSpec("Les horaires des services publics", PROXIMITY, CROSS_CUTTING_ACTION),
                    new IssueSpec("Les temps de la ville la nuit et le dimanche", ATTRACTIVENESS),
                    new IssueSpec("L'égalité des femmes et des hommes face aux temps", SOLIDARITY),
                    new IssueSpec("Les mobilités et leurs temps", SUSTAINABILITY),
                    new IssueSpec("Un bureau des temps partagé avec la métropole", CROSS_CUTTING_ACTION))),
            Map.entry("Musée des Beaux-Arts", List.of(
                    new IssueSpec("Un musée rayonnant à l'échelle internationale", ATTRACTIVENESS),
                    tension("Rendre le musée accessible aux publics éloignés", "Excellence des collections et entre-soi culturel",
                            SOLIDARITY, SOCIAL_TIES),
                    new IssueSpec("L'accueil et l'accompagnement des publics", PROXIMITY),
                    new IssueSpec("Les usages plus libres du musée", CITIZEN_PARTICIPATION),
                    new IssueSpec("Le musée et la métropole", CROSS_CUTTING_ACTION))),
            Map.entry("Prévention de la délinquance", List.of(
                    new IssueSpec("La présence sur l'espace public dans les quartiers sensibles", PROXIMITY),
                    new IssueSpec("Lutter contre la stigmatisation des jeunes des quartiers prioritaires", SOLIDARITY, SOCIAL_TIES),
                    new IssueSpec("Les médiateurs de quartier", PROXIMITY, SOCIAL_TIES),
                    tension("Qui régule l'espace public ?", "Liberté des usages et tranquillité", CROSS_CUTTING_ACTION),
                    new IssueSpec("Les incivilités et la tranquillité résidentielle", PROXIMITY))),
            Map.entry("Accueillir 100 000 habitants", List.of(
                    new IssueSpec("Construire 5 000 logements par an dont la moitié abordables", SOLIDARITY, SUSTAINABILITY),
                    tension("Une croissance qui profite à tous", "Rayonnement et cohésion sociale", ATTRACTIVENESS, SOLIDARITY),
                    new IssueSpec("Les équipements publics au rythme de la croissance", PROXIMITY),
                    new IssueSpec("Une ville dense et désirable", SUSTAINABILITY, ATTRACTIVENESS),
                    new IssueSpec("Accueillir les nouveaux habitants", SOCIAL_TIES))),
            Map.entry("Soutien aux émergences", List.of(
                    new IssueSpec("Les initiatives portées par des collectifs peu constitués", CITIZEN_PARTICIPATION),
                    new IssueSpec("L'innovation sociale et culturelle", ATTRACTIVENESS),
                    new IssueSpec("Les coopérations avec la société civile", CITIZEN_PARTICIPATION, SOCIAL_TIES),
                    new IssueSpec("Des lieux pour expérimenter", PROXIMITY),
                    new IssueSpec("Accompagner sans institutionnaliser", CROSS_CUTTING_ACTION))),
            Map.entry("Animation sociale & culturelle", List.of(
                    new IssueSpec("Le dialogue citoyen, invitation au collectif", CITIZEN_PARTICIPATION, SOCIAL_TIES),
                    new IssueSpec("Les maisons de quartier, lieux de rencontre", PROXIMITY, SOCIAL_TIES),
                    new IssueSpec("La convivialité de la ville", SOCIAL_TIES),
                    new IssueSpec("L'animation de la scène démocratique locale", CITIZEN_PARTICIPATION),
                    new IssueSpec("Les partenariats avec les centres socioculturels", CROSS_CUTTING_ACTION))));

    /** A few benchmarks and hearings of the resource sequence; {@code informsIssue} is the issue's index. */
    static final Map<String, List<ResourceSpec>> RESOURCES = Map.of(
            "Personnes âgées", List.of(
                    new ResourceSpec(ResourceType.BENCHMARK, "Un réseau de veille contre l'isolement", "Ville de Lille", null,
                            "Des voisins, des commerçants et des facteurs signalent les personnes isolées à un coordinateur.",
                            "Un dispositif léger, qui repose sur les acteurs déjà présents dans le quartier.", 1),
                    new ResourceSpec(ResourceType.EXPERT_HEARING, "Vieillir chez soi : ce que disent les aînés", "Sociologue du vieillissement",
                            "Université de Nantes", "Le souhait de rester chez soi l'emporte ; l'isolement commence avec la perte de mobilité.",
                            "Penser l'habitat et les transports avec le maintien du lien social.", 4)),
            "Petite enfance", List.of(
                    new ResourceSpec(ResourceType.BENCHMARK, "Des places d'accueil à horaires atypiques", "Ville de Rennes", null,
                            "Une crèche ouverte de 5 h 30 à 22 h pour les parents aux horaires décalés.",
                            "Lever un frein concret à l'emploi des femmes.", 2)),
            "Sport", List.of(
                    new ResourceSpec(ResourceType.SITE_VISIT, "Un terrain de sport en accès libre", "Quartier Malakoff", null,
                            "Visite d'un city-stade géré avec les jeunes du quartier.",
                            "Les pratiques libres ont besoin d'équipements ouverts et d'une présence adulte.", 2)));

    private ProspectiveDemoIssues() {
    }
}
