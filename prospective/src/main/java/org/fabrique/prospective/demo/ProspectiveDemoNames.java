package org.fabrique.prospective.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Invented French names for the people of the prospective demo, and their demo e-mail addresses. No
 * surname is a demo account's (Morel, Roux, Benali, Garnier, Lefèvre, Dubois) nor one of the seed's
 * real authors', so nobody is confused with them. The n-th name is always the same.
 */
final class ProspectiveDemoNames {

    private static final List<String> FIRST_NAMES = List.of(
            "Anne", "Bernard", "Catherine", "Didier", "Élise", "François", "Gaëlle", "Hervé", "Isabelle", "Jacques",
            "Karine", "Laurent", "Martine", "Nicolas", "Odile", "Patrick", "Renée", "Stéphane", "Thérèse", "Yves",
            "Agnès", "Benoît", "Chantal", "Denis", "Estelle", "Fabrice", "Ghislaine", "Henri", "Ingrid", "Jérôme",
            "Lucie", "Michel", "Nathalie", "Olivier", "Pascale", "Rémi", "Sylvie", "Thierry", "Valérie", "Xavier",
            "Aurélie", "Bruno", "Claudine", "Damien", "Évelyne", "Gilles", "Hélène", "Jean-Luc", "Laure", "Marc-Antoine",
            "Nadia", "Philippe", "Rachida", "Samuel", "Sandrine", "Tristan", "Véronique", "Alain", "Brigitte", "Christophe",
            "Dominique", "Emmanuel", "Florence", "Guillaume", "Josiane", "Loïc", "Marie-Hélène", "Noémie", "Pierre", "Solène",
            "Yann", "Armelle", "Erwan", "Fatima", "Gwenaëlle", "Hugues", "Juliette", "Karim", "Mathilde", "Ronan");

    private static final List<String> SURNAMES = List.of(
            "Le Goff", "Bertin", "Chauvet", "Durand", "Étienne", "Fournier", "Gautier", "Hamon", "Jacob", "Lambert",
            "Marchand", "Nicolas", "Ollivier", "Perrin", "Quéré", "Renaud", "Simon", "Tessier", "Vasseur", "Blanchard",
            "Caillaud", "Deniau", "Évain", "Forget", "Guérin", "Hervouët", "Joubert", "Legrand", "Mabit", "Naud",
            "Orain", "Pineau", "Riou", "Sorin", "Thibaud", "Vallée", "Brosseau", "Charrier", "Drouet", "Ferré",
            "Gilet", "Huet", "Jaouen", "Le Bihan", "Moreau", "Normand", "Padiou", "Rivière", "Sauvage", "Texier",
            "Vincent", "Aubry", "Besnard", "Chéneau", "Dupas", "Fleury", "Gaborit", "Hubert", "Jolly", "Kerjean",
            "Lemaire", "Métayer", "Noël", "Olivier", "Poirier", "Robin", "Savary", "Tanguy", "Verger", "Audouin",
            "Bouvier", "Clément", "Daniel", "Fortin", "Guillet", "Hardy", "Jamin", "Le Roux", "Mercier", "Nédélec",
            "Papin", "Rousseau", "Soulard", "Trichet", "Vrignaud", "Albert", "Boucher", "Collin", "David", "Fabre",
            "Girard", "Hivert", "Julien", "Leroy", "Maillard", "Nadeau", "Pasco", "Raimbault", "Salaün", "Tual",
            "Barbier", "Colas", "Delaunay", "Ferrand", "Gicquel", "Humbert", "Josse", "Laurent", "Martin", "Ménard",
            "Paris", "Régnier", "Sicard", "Tardy", "Vigneron", "Arnaud", "Baudry", "Cordier", "Dumont", "Février",
            "Gouin", "Imbert", "Jégou", "Léger", "Michaud", "Neveu", "Pichon", "Royer", "Sellier", "Toussaint",
            "Villeneuve", "Aubert", "Bourgeois", "Cousin", "Duval", "Faure", "Godard", "Jourdain", "Lebrun", "Millet",
            "Nourry", "Prigent", "Rolland", "Sergent", "Turpin", "Voisin", "Allard", "Bodin", "Carré", "Després",
            "Fontaine", "Guilbaud", "Hallé", "Lacroix", "Maréchal", "Nogues", "Pelletier", "Rabiller", "Seznec", "Thomas",
            "Adam", "Bonnet", "Chevalier", "Dufour", "Favreau", "Gaudin", "Heurtin", "Lecomte", "Mallet", "Pajot",
            "Rondeau", "Sire", "Tricot", "Verdier", "André", "Brunet", "Chartier", "Dos Santos", "Francheteau", "Grondin",
            "Hamel", "Lelièvre", "Masson", "Picard", "Roger", "Stéphan", "Urvoy", "Weber", "Amiot", "Bréheret",
            "Cadiou", "Diallo", "Ferron", "Gendron", "Haddad", "Lebreton", "Morin", "Pageot", "Renou", "Sanchez",
            "Tétaud", "Yvon", "Baron", "Coutant", "Devaux", "Frémont", "Garreau", "Lagarde", "Maurice", "Potier",
            "Ricordeau", "Sauzeau", "Terrien", "Vaillant", "Bellanger", "Couëdel", "Douaud", "Grellier", "Leclerc", "Morvan");

    private ProspectiveDemoNames() {
    }

    /** How many distinct names there are. */
    static int size() {
        return SURNAMES.size();
    }

    /** The n-th invented name: every surname once, first names spread so that neighbours differ. */
    static String name(int n) {
        if (n < 0 || n >= SURNAMES.size()) {
            throw new IllegalArgumentException("only " + SURNAMES.size() + " demo names, asked for number " + n);
        }
        return FIRST_NAMES.get((n * 7) % FIRST_NAMES.size()) + " " + SURNAMES.get(n);
    }

    /** How many names {@link #generatedName} has: every pair of a first name and a surname but the demo's own. */
    static int generatedNames() {
        return SURNAMES.size() * (FIRST_NAMES.size() - 1);
    }

    /**
     * The n-th name of the generated volume's people: never one the demo gives, each pair of a first name and a
     * surname at most once, neighbours with different surnames. The n-th name is always the same.
     */
    static String generatedName(int n) {
        if (n < 0 || n >= generatedNames()) {
            throw new IllegalArgumentException("only " + generatedNames() + " generated names, asked for number " + n);
        }
        int surname = n % SURNAMES.size();
        int round = n / SURNAMES.size();
        // the demo gives surname s the first name (7 s); the rounds take the 79 others in turn
        return FIRST_NAMES.get((surname * 7 + 1 + round) % FIRST_NAMES.size()) + " " + SURNAMES.get(surname);
    }

    /** first.last@demo.fabrique.test, without accents, spaces or apostrophes. */
    static String email(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '.');
        return plain + "@demo.fabrique.test";
    }
}
