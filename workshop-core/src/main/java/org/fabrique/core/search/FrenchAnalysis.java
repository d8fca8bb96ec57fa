package org.fabrique.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The one French analysis of the search, used by the index and by the highlighting alike: Lucene's standard
 * tokenizer, elision ("l'Île" reads "Île"), lower case, ASCII folding ("Île" reads "ile") and Lucene's light
 * French stemmer ("équipement" and "equipements" both read "equip"). A query word matches a word of a text
 * when both read the same term.
 */
public final class FrenchAnalysis {

    /** The name of the analyzer in the index mapping ({@code @FullTextField(analyzer = ...)}). */
    public static final String NAME = "french";

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    private FrenchAnalysis() {
    }

    /** The analyzer, thread-safe. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The terms a text reads into, in order. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyze a text in memory", e);
        }
        return terms;
    }

    /** The term one word reads into, or null when it reads into none. */
    public static String term(String word) {
        List<String> terms = terms(word);
        return terms.isEmpty() ? null : terms.get(0);
    }
}
