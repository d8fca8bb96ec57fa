package org.fabrique.web.shell;

import java.util.Set;
import org.fabrique.core.domain.Role;

/** One item of the main menu: a label key of the {@code messages} bundle, a view, who sees it. */
public record MenuEntry(String labelKey, String outcome, Set<Role> roles) {
}
