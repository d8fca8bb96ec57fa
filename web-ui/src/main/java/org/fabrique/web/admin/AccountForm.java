package org.fabrique.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.fabrique.core.security.PasswordPolicy;

/** The fields of the new-account form, checked with Bean Validation before the service sees them. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = Account.USERNAME_PATTERN, message = "{account.username.pattern}")
    private String username;

    @NotNull(message = "{account.password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.size}")
    private String password;

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

    void clear() {
        username = null;
        password = null;
        displayName = null;
        email = null;
        category = null;
        role = null;
        directorateId = null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
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
