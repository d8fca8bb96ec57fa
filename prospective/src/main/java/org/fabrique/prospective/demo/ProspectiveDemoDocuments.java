package org.fabrique.prospective.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;

/**
 * The reference documents of the demo's past workshops: the five chapters written from each workshop's
 * own issues, diagnostic and scenario, and for "Personnes âgées" the seed's own words (its positioning
 * as animator and coordinator, its recommendations on isolation and the link between generations).
 */
final class ProspectiveDemoDocuments {

    static final String RICH_POLICY = "Personnes âgées";

    private static final Map<Chapter, String> ELDERLY = new EnumMap<>(Map.of(
            Chapter.ISSUES, "Le vieillissement accéléré de la population introduit de nouvelles urgences : adapter les"
                    + " logements, soutenir les aidants familiaux, lutter contre l'isolement. L'enjeu est d'autant plus"
                    + " prégnant que l'appauvrissement des relations sociales est particulièrement marqué chez les personnes"
                    + " âgées en précarité.\n\nLe groupe a retenu sept enjeux, du plus prioritaire au moins prioritaire :"
                    + " lutter contre l'isolement ; permettre à celles qui le souhaitent de rester vivre chez elles ; adapter"
                    + " les logements et la ville ; soutenir les aidants ; donner à voir autrement la vieillesse ; faciliter"
                    + " la participation à la vie sociale ; coordonner les acteurs sur les territoires.",
            Chapter.POSITIONING, "La lutte contre l'isolement des personnes âgées reste en grande partie de la prérogative du"
                    + " Conseil général, des caisses d'assurance maladie et de la Caisse nationale de solidarité pour"
                    + " l'autonomie. La Ville choisit d'y jouer un rôle d'animation, d'impulsion, d'accompagnement et de"
                    + " coordination des actions sur les territoires, en développant les partenariats et en mobilisant les"
                    + " acteurs et les solidarités de proximité (équipements de quartier, tissu associatif).",
            Chapter.SPECIFIC_CHOICES, "La Ville doit lutter contre l'isolement des personnes âgées, mais elle doit également"
                    + " permettre aux personnes âgées qui le souhaitent de rester vivre chez elles. Elle affirme l'importance"
                    + " du lien entre les générations et la place des aînés dans la vie de la cité ; ses publics prioritaires"
                    + " sont les personnes âgées isolées et en précarité.",
            Chapter.RECOMMENDATIONS, "Expérimenter un dispositif de veille mobilisant les acteurs de terrain\n"
                    + "Faciliter l'accès et la participation des personnes âgées à la vie sociale\n"
                    + "Donner à voir autrement la vieillesse et affirmer le lien entre les générations",
            Chapter.CONDITIONS_OF_SUCCESS, "Un pilotage partagé entre le CCAS et les directions concernées ; des partenaires"
                    + " associés dès la conception ; commander une évaluation du dispositif de veille à trois ans, et un projet"
                    + " de dialogue citoyen avec les aînés des quartiers."));

    private ProspectiveDemoDocuments() {
    }

    /** The five chapters of the version first submitted to the group. */
    static ChapterTexts chapters(WorkshopSpec spec) {
        if (RICH_POLICY.equals(spec.policy())) {
            return new ChapterTexts(ELDERLY);
        }
        List<String> issues = spec.issues();
        Map<Chapter, String> texts = new EnumMap<>(Chapter.class);
        texts.put(Chapter.ISSUES, spec.diagnostic() + "\n\nLe groupe a retenu " + issues.size() + " enjeux : "
                + String.join(" ; ", issues.stream().map(ProspectiveDemoDocuments::lowerFirst).toList()) + ".");
        texts.put(Chapter.POSITIONING, spec.scenario());
        texts.put(Chapter.SPECIFIC_CHOICES, "La Ville fait de « " + lowerFirst(issues.get(0)) + " » sa priorité du mandat"
                + " pour cette politique ; elle attend de ses partenaires qu'ils s'engagent avec elle sur « "
                + lowerFirst(issues.get(1)) + " ».");
        texts.put(Chapter.RECOMMENDATIONS, String.join("\n", issues.subList(0, 3)));
        texts.put(Chapter.CONDITIONS_OF_SUCCESS, "Un pilotage partagé entre élus et directions, un point d'étape annuel en"
                + " bureau municipal, et une évaluation à mi-mandat commandée au pôle.");
        return new ChapterTexts(texts);
    }

    /** The amendment the group accepted: its passage in chapter 4, the text proposed, the rationale. */
    static String[] acceptedAmendment(ChapterTexts first) {
        String passage = first.paragraphs(Chapter.RECOMMENDATIONS).get(0);
        return new String[] {passage, passage + ", dans chaque quartier et avec les habitants",
                "Ancrer la préconisation dans la proximité, comme le groupe l'a demandé en séquence ressource."};
    }

    /** The amendment the group rejected, on chapter 2. */
    static String[] rejectedAmendment() {
        return new String[] {"La Ville", "La Métropole",
                "Porter cette politique à l'échelle métropolitaine dès ce mandat."};
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.FRENCH) + text.substring(1);
    }
}
