package org.fabrique.web.shell;

import java.util.List;
import java.util.Set;
import org.fabrique.core.domain.Role;

/**
 * One item of the main menu: a label key of the {@code messages} bundle, who sees it, and either a view to open or,
 * for a group (a disclosure that keeps the header on one row), the entries it holds.
 */
public record MenuEntry(String labelKey, String outcome, Set<Role> roles, List<MenuEntry> children) {

    public MenuEntry {
        children = List.copyOf(children);
    }

    static MenuEntry link(String labelKey, String outcome, Set<Role> roles) {
        return new MenuEntry(labelKey, outcome, roles, List.of());
    }

    static MenuEntry group(String labelKey, Set<Role> roles, MenuEntry... children) {
        return new MenuEntry(labelKey, null, roles, List.of(children));
    }

    /** Whether it is a group of entries rather than a link. */
    public boolean isGroup() {
        return !children.isEmpty();
    }
}
