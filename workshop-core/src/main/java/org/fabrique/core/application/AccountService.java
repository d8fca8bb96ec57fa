package org.fabrique.core.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountFilter;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NotificationPreference;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.security.PasswordHasher;
import org.fabrique.core.security.PasswordPolicy;

/** Accounts: who is signed in, their preferences, and the pôle's management of accounts. */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class AccountService {

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    PersonRepository people;

    @Inject
    DirectorateRepository directorates;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /** Who is calling: read only, so it opens no transaction of its own (every signed-in page and call asks). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Caller me() {
        return toCaller(current());
    }

    public Caller chooseLanguage(String language) {
        Account account = current();
        account.chooseLanguage(language);
        return toCaller(accounts.store(account));
    }

    /** Whether the signed-in person gets immediate mails or a daily digest. */
    public NotificationPreference notificationPreference() {
        return current().getNotificationPreference();
    }

    /** The signed-in person chooses immediate mails or a daily digest. */
    public NotificationPreference chooseNotifications(NotificationPreference preference) {
        Account account = current();
        account.chooseNotifications(preference);
        return accounts.store(account).getNotificationPreference();
    }

    /**
     * The display names of these accounts (a steering committee, say), by name, in one query; an unknown
     * id is left out.
     */
    public List<NamedRecord> names(Collection<Long> ids) {
        return accounts.withIds(ids).stream().map(a -> new NamedRecord(a.getId(), a.getPerson().getName())).toList();
    }

    /**
     * The names of the people behind these usernames (who decided, who studied, who commissioned), by username, in
     * one query: the pages show a person's name, not their username. An unknown username is left out.
     */
    public Map<String, String> namesOf(Collection<String> usernames) {
        return accounts.withUsernames(usernames).stream()
                .collect(Collectors.toMap(Account::getUsername, a -> a.getPerson().getName(), (a, b) -> a));
    }

    /**
     * The signed-in person changes their own password, giving the current one; the new one follows the
     * {@link PasswordPolicy}. Other sessions and tokens go on (a person who fears their password is known
     * revokes their tokens too).
     */
    public void changeOwnPassword(char[] current, char[] next) {
        Account account = current();
        if (current == null || current.length == 0) {
            throw new InvalidInput("currentPassword", "password.current.required");
        }
        if (!hasher.verify(current, account.getPasswordHash())) {
            audit.recordForCaller(AuditType.ACCOUNT_CHANGED, "account " + account.getUsername(),
                    "password change refused: wrong current password");
            throw new InvalidInput("currentPassword", "password.current.wrong");
        }
        if (next != null && java.util.Arrays.equals(current, next)) {
            throw new InvalidInput("newPassword", "password.same");
        }
        PasswordPolicy.problem(next, account.getUsername(), account.getPerson().getName(), account.getPerson().getEmail())
                .ifPresent(key -> {
                    throw new InvalidInput("newPassword", key);
                });
        account.changePassword(hasher.hash(next));
        accounts.store(account);
        audit.recordForCaller(AuditType.ACCOUNT_CHANGED, "account " + account.getUsername(), "password changed");
    }

    @RolesAllowed(Roles.POLE)
    public Page<AccountSummary> page(PageRequest request) {
        return page(AccountFilter.all(), List.of(), request);
    }

    /** The accounts the filter finds, sorted by the keys (of {@link AccountFilter#SORT_FIELDS}) then by username. */
    @RolesAllowed(Roles.POLE)
    public Page<AccountSummary> page(AccountFilter filter, List<SortKey> sort, PageRequest request) {
        return accounts.page(filter, sort, request).map(this::toSummary);
    }

    /**
     * Corrects an account: its person's name, mail address and category, its role and directorate. Nobody changes
     * their own role (a pôle member would lock themselves out of this page); the change is in the audit journal.
     *
     * @throws InvalidInput naming the field: a directorate missing for a Direction account, or unknown
     * @throws StateConflict {@code account.role.self}, or a stale version
     */
    @RolesAllowed(Roles.POLE)
    public AccountSummary update(long id, Long expectedVersion, AccountChange change) {
        Account account = accounts.findById(id).orElseThrow(() -> new RecordNotFound("account", id));
        ExpectedVersion.require(expectedVersion, account.getVersion());
        if (change.role() != account.getRole() && account.getUsername().equals(session.getCallerPrincipal().getName())) {
            throw new StateConflict("account.role.self");
        }
        Directorate directorate = null;
        if (change.role() == Role.DIRECTORATE) {
            if (change.directorateId() == null) {
                throw new InvalidInput("directorateId", "account.directorate.required");
            }
            directorate = directorates.findById(change.directorateId())
                    .orElseThrow(() -> new InvalidInput("directorateId", "account.directorate.unknown"));
        }
        List<String> changed = new ArrayList<>();
        Person person = account.getPerson();
        if (!Objects.equals(person.getName(), change.displayName())) {
            person.rename(change.displayName());
            changed.add("name");
        }
        if (!Objects.equals(person.getEmail(), change.email())) {
            person.changeEmail(change.email());
            changed.add("email");
        }
        if (person.getCategory() != change.category()) {
            person.recategorise(change.category());
            changed.add("category");
        }
        Long before = account.getDirectorate() == null ? null : account.getDirectorate().getId();
        if (account.getRole() != change.role() || !Objects.equals(before, directorate == null ? null : directorate.getId())) {
            account.changeRole(change.role(), directorate);
            changed.add("role " + change.role() + (directorate == null ? "" : ", directorate " + directorate.getName()));
        }
        if (changed.isEmpty()) {
            return toSummary(account);
        }
        Account stored = accounts.storeChanged(account);
        audit.recordForCaller(AuditType.ACCOUNT_CHANGED, "account " + account.getUsername(),
                "corrected: " + String.join("; ", changed));
        return toSummary(stored);
    }

    @RolesAllowed(Roles.POLE)
    public AccountSummary find(long id) {
        return toSummary(accounts.findById(id).orElseThrow(() -> new RecordNotFound("account", id)));
    }

    @RolesAllowed(Roles.POLE)
    public AccountSummary create(NewAccount form) {
        if (accounts.existsByUsername(form.username())) {
            throw new InvalidInput("username", "account.username.taken");
        }
        PasswordPolicy.problem(form.password(), form.username(), form.displayName(), form.email())
                .ifPresent(key -> {
                    throw new InvalidInput("password", key);
                });
        Directorate directorate = null;
        if (form.role() == Role.DIRECTORATE) {
            if (form.directorateId() == null) {
                throw new InvalidInput("directorateId", "account.directorate.required");
            }
            directorate = directorates.findById(form.directorateId())
                    .orElseThrow(() -> new InvalidInput("directorateId", "account.directorate.unknown"));
        }
        Person person = people.store(new Person(form.displayName(), form.email(), form.category()));
        Account account = new Account(form.username(), hasher.hash(form.password()), form.role(), person, directorate);
        AccountSummary created = toSummary(accounts.store(account));
        audit.recordForCaller(AuditType.ACCOUNT_CHANGED, "account " + created.username(), "opened, role " + form.role());
        return created;
    }

    @RolesAllowed(Roles.POLE)
    public AccountSummary setEnabled(long id, boolean enabled, Long expectedVersion) {
        Account account = accounts.findById(id).orElseThrow(() -> new RecordNotFound("account", id));
        ExpectedVersion.check(expectedVersion, account.getVersion());
        if (!enabled && account.getUsername().equals(session.getCallerPrincipal().getName())) {
            throw new StateConflict("account.disable.self");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.recordForCaller(AuditType.ACCOUNT_CHANGED, "account " + account.getUsername(),
                enabled ? "enabled" : "disabled");
        return toSummary(accounts.store(account));
    }

    private Account current() {
        String username = session.getCallerPrincipal().getName();
        return accounts.findByUsername(username).orElseThrow(() -> new RecordNotFound("account", username));
    }

    private static Caller toCaller(Account account) {
        Directorate directorate = account.getDirectorate();
        return new Caller(account.getId(), account.getUsername(), account.getPerson().getName(), account.getRole(),
                account.getPerson().getId(), directorate == null ? null : directorate.getId(),
                directorate == null ? null : directorate.getName(), account.getLanguage());
    }

    /** The account as the pages and the API show it; nobody may disable their own account, nor change its role. */
    private AccountSummary toSummary(Account account) {
        Directorate directorate = account.getDirectorate();
        Person person = account.getPerson();
        boolean self = account.getUsername().equals(session.getCallerPrincipal().getName());
        return new AccountSummary(account.getId(), account.getUsername(), person.getName(), person.getEmail(),
                person.getCategory(), account.getRole(), directorate == null ? null : directorate.getId(),
                directorate == null ? null : directorate.getName(), account.isEnabled(), account.getVersion(),
                account.isEnabled() && !self, !self);
    }
}
