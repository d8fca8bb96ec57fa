package org.fabrique.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AccountSummary;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.NewAccount;
import org.fabrique.core.application.PasswordResets;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.core.domain.AccountFilter;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * accounts.xhtml: the pôle searches the accounts (filters in the address, columns sorted in the database), opens one
 * for a person, corrects one under its row, enables or disables one, mails a password link.
 */
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
    private Long editing;
    private AccountEditForm edit;

    /** The filters, from the address ({@code ?q=…&role=…}) and typed in the search form. */
    private String q;
    private Role role;

    private PagedModel<AccountSummary> model;
    private List<NamedRecord> directorates;
    private final AccountForm form = new AccountForm();

    public void load() {
        AccountFilter filter = new AccountFilter(q, role);
        model = PagedModel.sortedBy(AccountFilter.SORT_FIELDS, (sort, request) -> accounts.page(filter, sort, request),
                AccountSummary::id);
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

    /** Searches: the filters go to the address, so that the list can be reloaded, bookmarked and shared. */
    public void search() throws IOException {
        List<String> query = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            query.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (role != null) {
            query.add("role=" + role.name());
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/accounts.xhtml"
                + (query.isEmpty() ? "" : "?" + String.join("&", query)));
    }

    /** Opens the account's correction under its row, with what it holds now. */
    public void askEdit(AccountSummary account) {
        editing = account.id();
        edit = AccountEditForm.of(account);
        disabling = null;
        resetting = null;
    }

    public void cancelEdit() {
        editing = null;
        edit = null;
    }

    public boolean isEditing(AccountSummary account) {
        return editing != null && editing == account.id();
    }

    /** Saves the correction; a refusal shows beside its field, in the row's form. */
    public void saveEdit(AccountSummary account, int row) {
        try {
            AccountSummary changed = accounts.update(account.id(), account.version(), edit.toChange());
            messages.info("accounts.edited", changed.username());
            cancelEdit();
        } catch (InvalidInput e) {
            messages.refused(e, "accounts:table:" + row + ":edit");
        } catch (StateConflict e) {
            messages.conflict(e, account, () -> accounts.find(account.id()));
        }
    }

    public void enable(AccountSummary account) {
        setEnabled(account, true);
    }

    /** Asks to disable an account: the confirmation opens under the row. */
    public void askDisable(AccountSummary account) {
        disabling = account.id();
        resetting = null;
        cancelEdit();
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
        cancelEdit();
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

    public AccountEditForm getEdit() {
        return edit;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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
