package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.AccountService;

/**
 * {@code #{people.name(username)}}: the name of the person behind a username the services record (who decided,
 * who commissioned), for the pages, which show people by name. Each username is read once per request.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

    @Inject
    AccountService accounts;

    private final Map<String, String> known = new HashMap<>();

    /** The person's name; the username itself for an account that no longer exists; blank for none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String name = known.get(username);
        if (name == null) {
            name = accounts.namesOf(List.of(username)).getOrDefault(username, username);
            known.put(username, name);
        }
        return name;
    }
}
