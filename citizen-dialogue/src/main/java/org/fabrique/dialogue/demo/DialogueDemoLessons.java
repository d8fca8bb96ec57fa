package org.fabrique.dialogue.demo;

import static org.fabrique.dialogue.demo.DialogueDemoTexts.ASYLUM;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.COHABITATION;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.ISOLATION;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.LIBRARIES;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.SCHOOLYARDS;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.SOUTH_LIBRARY;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.TOWN_HALL;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.WOMEN_SPORT;

import java.util.Map;

/** The lessons the demo's pôle recorded on its dialogue projects, for the catalogue of methods. */
final class DialogueDemoLessons {

    static final Map<String, String> BY_PROJECT = Map.of(
            TOWN_HALL, "Réunir d'abord séparément habitants, agents et élus a libéré la parole de chacun ; la séance "
                    + "mixte a ensuite tranché sans conflit. Les photos présélectionnées ont aidé des habitants peu à "
                    + "l'aise à l'écrit. Prévoir l'interprétariat dès l'invitation.",
            ASYLUM, "Le design de service demande un prestataire formé à l'interculturel et des interprètes présents "
                    + "à chaque séance. Tester les prototypes avec les bénévoles avant les usagers a évité deux "
                    + "fausses pistes.",
            LIBRARIES, "Les non-usagers ne viennent pas aux ateliers : aller les interroger sur place (marché, "
                    + "arrêt de tram) a doublé la diversité des profils.",
            COHABITATION, "La balade urbaine de nuit a fait venir des riverains qui ne se déplacent jamais en "
                    + "réunion ; la présence des médiateurs a apaisé les échanges avec les commerçants.",
            WOMEN_SPORT, "Un panel non mixte, garde d'enfants assurée, a permis d'aborder la sécurité et la tenue, "
                    + "sujets tus en réunion mixte. Les horaires en soirée ont été décisifs.",
            SCHOOLYARDS, "Associer les enfants au préau pendant le temps scolaire a entraîné les parents à la "
                    + "séance du soir ; la visite de la cour voisine a rendu les choix concrets.",
            ISOLATION, "Se déplacer dans les résidences autonomie plutôt que d'inviter à l'hôtel de ville ; "
                    + "prévoir du transport accompagné pour la séance mixte.",
            SOUTH_LIBRARY, "Deux séances ont suffi parce que les bibliothécaires avaient préparé les profils "
                    + "d'usagers : le travail préalable des agents fait gagner une séance.");

    private DialogueDemoLessons() {
    }
}
