package org.fabrique.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AccountSummary;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.NewAccount;
import org.fabrique.core.application.PasswordResets;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/** accounts.xhtml: the pôle lists accounts, opens one for a person, enables or disables one. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Messages messages;

    @Inject
    PasswordResets resets;

    private Long resetting;
    private Long disabling;

    private PagedModel<AccountSummary> model;
    private List<NamedRecord> directorates;
    private final AccountForm form = new AccountForm();

    public void load() {
        model = new PagedModel<>(accounts::page, AccountSummary::id);
        directorates = referenceData.directorates(new PageRequest(0, 500)).items();
    }

    public void create() {
        try {
            AccountSummary created = accounts.create(new NewAccount(form.getUsername(), form.getPassword().toCharArray(),
                    form.getDisplayName(), form.getEmail(), form.getCategory(), form.getRole(),
                    form.getRole() == Role.DIRECTORATE ? form.getDirectorateId() : null));
            messages.info("accounts.created", created.username());
            form.clear();
        } catch (InvalidInput e) {
            messages.refused(e, "newAccount");
        }
    }

    public void enable(AccountSummary account) {
        setEnabled(account, true);
    }

    /** Asks to disable an account: the confirmation opens under the row. */
    public void askDisable(AccountSummary account) {
        disabling = account.id();
        resetting = null;
    }

    public void cancelDisable() {
        disabling = null;
    }

    public boolean isDisabling(AccountSummary account) {
        return disabling != null && disabling == account.id();
    }

    public void disable(AccountSummary account) {
        setEnabled(account, false);
        disabling = null;
    }

    private void setEnabled(AccountSummary account, boolean enabled) {
        try {
            AccountSummary changed = accounts.setEnabled(account.id(), enabled, account.version());
            messages.info(changed.enabled() ? "accounts.enabled" : "accounts.disabled", changed.username());
        } catch (StateConflict e) {
            messages.conflict(e, account, () -> accounts.find(account.id()));
        }
    }

    /** Asks to mail a password link: the confirmation opens under the row. */
    public void askReset(AccountSummary account) {
        resetting = account.id();
        disabling = null;
    }

    public void cancelReset() {
        resetting = null;
    }

    public void sendReset(AccountSummary account) {
        try {
            messages.info("accounts.reset.sent", resets.send(account.id()));
        } catch (StateConflict e) {
            messages.refused(e);
        }
        resetting = null;
    }

    public boolean isResetting(AccountSummary account) {
        return resetting != null && resetting == account.id();
    }

    public PagedModel<AccountSummary> getModel() {
        return model;
    }

    public List<NamedRecord> getDirectorates() {
        return directorates;
    }

    public AccountForm getForm() {
        return form;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public PersonCategory[] getCategories() {
        return PersonCategory.values();
    }
}
