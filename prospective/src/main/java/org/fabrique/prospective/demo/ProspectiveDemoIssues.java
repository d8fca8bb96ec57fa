package org.fabrique.prospective.demo;

import static org.fabrique.prospective.domain.Marker.ATTRACTIVENESS;
import static org.fabrique.prospective.domain.Marker.CITIZEN_PARTICIPATION;
import static org.fabrique.prospective.domain.Marker.CROSS_CUTTING_ACTION;
import static org.fabrique.prospective.domain.Marker.PROXIMITY;
import static org.fabrique.prospective.domain.Marker.SOCIAL_TIES;
import static org.fabrique.prospective.domain.Marker.SOLIDARITY;
import static org.fabrique.prospective.domain.Marker.SUSTAINABILITY;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.ResourceType;

/**
 * What the demo adds to each workshop's issues (their titles are the workshop's own, see
 * {@link ProspectiveDemoWorkshops}): the seed's cross-cutting markers, read from their words; the
 * tensions the groups named; a few of the benchmarks and hearings of their resource sequence.
 */
final class ProspectiveDemoIssues {

    record ResourceSpec(ResourceType type, String title, String source, String organisation, String content,
            String lesson, int informsIssue) {
    }

    /** Words of an issue's title that say which cross-cutting marker it carries. */
    private static final Map<Marker, List<String>> MARKER_WORDS = Map.of(
            ATTRACTIVENESS, List.of("attractiv", "rayonn", "internation", "accueillir", "excellence", "grands événements"),
            SOLIDARITY, List.of("précar", "pauvre", "isolement", "fragil", "handicap", "discrimin", "accès", "populaires",
                    "aidants", "égalité"),
            SOCIAL_TIES, List.of("lien", "rencontre", "convivial", "cohésion", "générations", "vie sociale", "mixité"),
            PROXIMITY, List.of("quartier", "proximité", "chez elles", "territoires", "lieux", "espace public"),
            CROSS_CUTTING_ACTION, List.of("coordonn", "concilier", "transvers", "parcours", "acteurs", "partenai"),
            CITIZEN_PARTICIPATION, List.of("particip", "citoyen", "initiative", "bénévol", "associati", "habitants"),
            SUSTAINABILITY, List.of("logement", "durable", "énergie", "ville dense", "mobilit", "environnement"));

    /** The tensions between legitimate goals the groups named, by policy: the issue's index and the tension. */
    static final Map<String, Map.Entry<Integer, String>> TENSIONS = Map.of(
            "Petite enfance", Map.entry(0, "Répondre à la demande et tenir l'équilibre des finances locales"),
            "Sport", Map.entry(1, "Soutien au mouvement sportif et ouverture aux pratiques libres"),
            "Personnes âgées", Map.entry(1, "Maintien à domicile et coût des services"),
            "Culture", Map.entry(0, "Excellence artistique et démocratisation culturelle"),
            "Accueillir 100 000 habitants", Map.entry(0, "Rayonnement de la métropole et cohésion sociale"),
            "Prévention de la délinquance", Map.entry(0, "Liberté des usages de l'espace public et tranquillité"),
            "Musée des Beaux-Arts", Map.entry(0, "Excellence des collections et entre-soi culturel"));

    /** The markers an issue carries, read from its title as the pôle tagged them. */
    static List<Marker> markersOf(String title) {
        String lower = title.toLowerCase(Locale.FRENCH);
        return MARKER_WORDS.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(lower::contains))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** A few benchmarks and hearings of the resource sequence; {@code informsIssue} is the issue's index. */
    static final Map<String, List<ResourceSpec>> RESOURCES = Map.of(
            "Personnes âgées", List.of(
                    new ResourceSpec(ResourceType.BENCHMARK, "Un réseau de veille contre l'isolement", "Ville de Lille", null,
                            "Des voisins, des commerçants et des facteurs signalent les personnes isolées à un coordinateur.",
                            "Un dispositif léger, qui repose sur les acteurs déjà présents dans le quartier.", 0),
                    new ResourceSpec(ResourceType.EXPERT_HEARING, "Vieillir chez soi : ce que disent les aînés", "Sociologue du vieillissement",
                            "Université de Nantes", "Le souhait de rester chez soi l'emporte ; l'isolement commence avec la perte de mobilité.",
                            "Penser l'habitat et les transports avec le maintien du lien social.", 1)),
            "Petite enfance", List.of(
                    new ResourceSpec(ResourceType.BENCHMARK, "Des places d'accueil à horaires atypiques", "Ville de Rennes", null,
                            "Une crèche ouverte de 5 h 30 à 22 h pour les parents aux horaires décalés.",
                            "Lever un frein concret à l'emploi des femmes.", 4)),
            "Sport", List.of(
                    new ResourceSpec(ResourceType.SITE_VISIT, "Un terrain de sport en accès libre", "Quartier Malakoff", null,
                            "Visite d'un city-stade géré avec les jeunes du quartier.",
                            "Les pratiques libres ont besoin d'équipements ouverts et d'une présence adulte.", 2)));

    private ProspectiveDemoIssues() {
    }
}
