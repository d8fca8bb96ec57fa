package org.fabrique.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.fabrique.core.application.AccountChange;
import org.fabrique.core.application.AccountSummary;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;

/** The fields of an account's correction, opened under its row with what the account holds now. */
public class AccountEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{person.name.required}")
    @Size(max = Person.NAME_MAX_LENGTH, message = "{person.name.size}")
    private String displayName;

    @Email(message = "{person.email.invalid}")
    @Size(max = Person.EMAIL_MAX_LENGTH, message = "{person.email.invalid}")
    private String email;

    @NotNull(message = "{person.category.required}")
    private PersonCategory category;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long directorateId;

    static AccountEditForm of(AccountSummary account) {
        AccountEditForm form = new AccountEditForm();
        form.displayName = account.displayName();
        form.email = account.email();
        form.category = account.category();
        form.role = account.role();
        form.directorateId = account.directorateId();
        return form;
    }

    AccountChange toChange() {
        return new AccountChange(displayName, email == null || email.isBlank() ? null : email.strip(), category, role,
                role == Role.DIRECTORATE ? directorateId : null);
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public PersonCategory getCategory() { return category; }
    public void setCategory(PersonCategory category) { this.category = category; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
}
