package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.fabrique.core.application.MyWork;
import org.fabrique.core.application.PendingItem;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/** The home page's list of what waits for the caller, as {@link MyWork} orders it. */
@Named
@RequestScoped
public class PendingWorkView {

    @Inject
    MyWork work;

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
            items = caller.isSignedIn() ? work.forMe() : List.of();
        }
        return items;
    }
}
