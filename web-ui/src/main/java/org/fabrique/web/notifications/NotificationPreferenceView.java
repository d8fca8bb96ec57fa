package org.fabrique.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.domain.NotificationPreference;
import org.fabrique.web.faces.Messages;

/** The home page's choice between immediate mails and a daily digest (notification-preference.xhtml). */
@Named
@ViewScoped
public class NotificationPreferenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    /** The chosen preference's name: select values are strings. */
    private String preference;

    /** Reads the current choice when the view is built: the home page has no view action of its own for it. */
    @PostConstruct
    void load() {
        preference = accounts.notificationPreference().name();
    }

    public void save() {
        NotificationPreference chosen = accounts.chooseNotifications(NotificationPreference.valueOf(preference));
        preference = chosen.name();
        messages.info("notifications.saved." + chosen.name());
    }

    public List<String> getChoices() {
        return List.of(NotificationPreference.IMMEDIATE.name(), NotificationPreference.DAILY_DIGEST.name());
    }

    public String getPreference() {
        return preference;
    }

    public void setPreference(String preference) {
        this.preference = preference;
    }
}
