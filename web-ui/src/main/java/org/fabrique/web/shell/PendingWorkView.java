package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;

/** The home page's list of what waits for the caller, gathered from every mission. */
@Named
@RequestScoped
public class PendingWorkView {

    @Inject
    Instance<PendingWork> sources;

    @Inject
    CallerView caller;

    private List<PendingItem> items;

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
