package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/** The home page's list of what waits for the caller, gathered from every mission. */
@Named
@RequestScoped
public class PendingWorkView {

    @Inject
    Instance<PendingWork> sources;

    @Inject
    CallerView caller;

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    private List<PendingItem> items;

    /** The item's text in the reader's language. */
    public String text(PendingItem item) {
        return texts.page(item.messageKey(), locale.getLocale(), item.arguments().toArray());
    }

    public List<PendingItem> getItems() {
        if (items == null) {
            items = new ArrayList<>();
            if (caller.isSignedIn()) {
                for (PendingWork source : sources) {
                    items.addAll(source.pendingFor(caller.get()));
                }
            }
        }
        return items;
    }
}
