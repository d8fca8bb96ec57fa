package org.fabrique.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fabrique.core.application.DemoContent;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.DirectorateRepository;

/**
 * The demo data of an empty database: every {@link DemoContent} found (the core's reference data and demo
 * accounts, then each mission's content), in their order, in one transaction.
 */
@ApplicationScoped
public class DemoData {

    @Inject
    AccountRepository accounts;

    @Inject
    DirectorateRepository directorates;

    @Inject
    Instance<DemoContent> contents;

    /** Whether the database holds neither an account nor a directorate, so the demo data may be loaded. */
    @Transactional
    public boolean databaseIsEmpty() {
        return accounts.count() == 0 && directorates.count() == 0;
    }

    /**
     * Inserts the demo data. Meant for an empty database ({@link #databaseIsEmpty()}): names and usernames
     * are unique, so loading twice fails and rolls back.
     */
    @Transactional
    public void load() {
        List<DemoContent> ordered = new ArrayList<>();
        contents.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(DemoContent::order));
        ordered.forEach(DemoContent::load);
    }
}
