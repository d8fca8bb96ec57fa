package org.fabrique.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fabrique.core.application.GeneratedContent;
import org.fabrique.core.infrastructure.IndexingPause;

/** One step of the generated volume, in a transaction of its own, not indexed record by record. */
@ApplicationScoped
public class GeneratedStep {

    @Inject
    IndexingPause indexingPause;

    /** Runs {@code content}'s step {@code step} at {@code scale} in a new transaction; returns its records. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long run(GeneratedContent content, int step, int scale) {
        indexingPause.forThisTransaction();
        return content.generate(step, scale);
    }
}
