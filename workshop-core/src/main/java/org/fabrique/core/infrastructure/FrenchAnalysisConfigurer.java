package org.fabrique.core.infrastructure;

import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Gives the Lucene backend the analyzer {@value FrenchAnalysis#NAME} of the full-text fields: the very
 * {@link FrenchAnalysis} the highlighting reads the hits with, so that a marked word is a matched word.
 * Named in persistence.xml ({@code hibernate.search.backend.analysis.configurer}).
 */
public class FrenchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FrenchAnalysis.NAME).instance(FrenchAnalysis.analyzer());
    }
}
