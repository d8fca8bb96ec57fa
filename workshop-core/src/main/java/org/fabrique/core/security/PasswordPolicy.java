package org.fabrique.core.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * What a password must be (ASVS 2.1): {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, and hard
 * to guess. nbvcxz estimates how many guesses it would take, knowing the lists of common and breached
 * passwords (French ones among them: "motdepasse", "azerty", "soleil"…), dictionaries, keyboard
 * patterns, sequences, repetitions, dates, and the person's own username, name and mail address (the
 * part before the {@code @}); a
 * password under {@value #MINIMUM_ENTROPY} bits is refused ("password1234", "123456789012",
 * "aaaaaaaaaaaa", a username followed by digits).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    static final double MINIMUM_ENTROPY = 35d;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PasswordPolicy() {
    }

    /**
     * Why this password is refused, as a message key of {@code ValidationMessages}
     * ({@code password.size}, {@code password.weak}), or empty when it is good enough.
     *
     * @param personal the person's username, name, mail address: words the password must not lean on
     */
    public static Optional<String> problem(char[] password, String... personal) {
        if (password == null || password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            return Optional.of("password.size");
        }
        String clear = new String(password);
        if (clear.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("password.control");
        }
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("personal").setExclusion(false);
        for (String text : personal) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String lower = text.strip().toLowerCase(Locale.ROOT);
            if (lower.contains("@")) {
                // a mail address: its own part names the person, its domain names the city (or anything)
                lower = lower.substring(0, lower.indexOf('@'));
            }
            own.addWord(lower, 0);
            for (String word : WORDS.split(lower)) {
                if (word.length() >= 3) {
                    own.addWord(word, 0);
                }
            }
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(own.createDictionary());
        Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
                .setMinimumEntropy(MINIMUM_ENTROPY).createConfiguration();
        return new Nbvcxz(configuration).estimate(clear).isMinimumEntropyMet() ? Optional.empty()
                : Optional.of("password.weak");
    }
}
