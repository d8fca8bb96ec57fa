package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fabrique.core.domain.Role;

/**
 * The main menu of the caller's role: the missions' lists, the dialogue's pages and the pôle's administration in
 * groups so that the header keeps to one row. An entry a role may not use is not shown (and the service behind it
 * refuses that role anyway). The brand leads home; the person's own account is under their name, at the end of the
 * header.
 */
@Named
@RequestScoped
public class Menu {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.POLE, Role.DIRECTORATE, Role.ELECTED);
    private static final Set<Role> POLE = EnumSet.of(Role.POLE);

    static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.group("menu.dialogue", STAFF,
                    MenuEntry.link("menu.programmes", "/dialogue/programmes", STAFF),
                    MenuEntry.link("menu.recommendations", "/dialogue/recommendations", STAFF),
                    MenuEntry.link("menu.dashboard", "/dialogue/dashboard", STAFF),
                    MenuEntry.link("menu.methods", "/dialogue/methods", STAFF)),
            MenuEntry.link("menu.workshops", "/prospective/workshops", EVERYONE),
            MenuEntry.link("menu.evaluations", "/evaluation/evaluations", EVERYONE),
            MenuEntry.link("menu.referenceData", "/reference-data", EVERYONE),
            MenuEntry.group("menu.admin", POLE,
                    MenuEntry.link("menu.accounts", "/admin/accounts", POLE),
                    MenuEntry.link("menu.backups", "/admin/backups", POLE),
                    MenuEntry.link("menu.audit", "/admin/audit", POLE)));

    @Inject
    CallerView caller;

    public List<MenuEntry> getEntries() {
        return visible(ENTRIES);
    }

    /** A group's entries the caller sees. */
    public List<MenuEntry> children(MenuEntry group) {
        return visible(group.children());
    }

    private List<MenuEntry> visible(List<MenuEntry> entries) {
        if (!caller.isSignedIn()) {
            return List.of();
        }
        Role role = caller.get().role();
        return entries.stream().filter(e -> e.roles().contains(role)).toList();
    }

    /** Whether the home page is shown. */
    public boolean isHome() {
        return "/index.xhtml".equals(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    /** Whether the page shown is this entry's, or one of its group's. */
    public boolean isCurrent(MenuEntry entry) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return entry.isGroup() ? entry.children().stream().anyMatch(this::isCurrent)
                : viewId.equals(entry.outcome() + ".xhtml");
    }
}
