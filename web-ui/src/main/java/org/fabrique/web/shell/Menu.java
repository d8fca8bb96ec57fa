package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.fabrique.core.domain.Role;

/**
 * The main menu of the caller's role. Missions add their entries here as their pages appear; an
 * entry a role may not use is not shown (and the service behind it refuses that role anyway).
 */
@Named
@RequestScoped
public class Menu {

    static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("menu.home", "/index", EnumSet.allOf(Role.class)),
            new MenuEntry("menu.dialogue", "/dialogue/programmes", EnumSet.of(Role.POLE, Role.DIRECTORATE, Role.ELECTED)),
            new MenuEntry("menu.recommendations", "/dialogue/recommendations", EnumSet.of(Role.POLE, Role.DIRECTORATE, Role.ELECTED)),
            new MenuEntry("menu.dashboard", "/dialogue/dashboard", EnumSet.of(Role.POLE, Role.DIRECTORATE, Role.ELECTED)),
            new MenuEntry("menu.methods", "/dialogue/methods", EnumSet.of(Role.POLE, Role.DIRECTORATE, Role.ELECTED)),
            new MenuEntry("menu.workshops", "/prospective/workshops", EnumSet.allOf(Role.class)),
            new MenuEntry("menu.evaluations", "/evaluation/evaluations", EnumSet.allOf(Role.class)),
            new MenuEntry("menu.referenceData", "/reference-data", EnumSet.allOf(Role.class)),
            new MenuEntry("menu.accounts", "/admin/accounts", EnumSet.of(Role.POLE)),
            new MenuEntry("menu.backups", "/admin/backups", EnumSet.of(Role.POLE)),
            new MenuEntry("menu.audit", "/admin/audit", EnumSet.of(Role.POLE)),
            new MenuEntry("menu.account", "/account", EnumSet.allOf(Role.class)));

    @Inject
    CallerView caller;

    public List<MenuEntry> getEntries() {
        if (!caller.isSignedIn()) {
            return List.of();
        }
        Role role = caller.get().role();
        return ENTRIES.stream().filter(e -> e.roles().contains(role)).toList();
    }

    public boolean isCurrent(MenuEntry entry) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.equals(entry.outcome() + ".xhtml");
    }
}
