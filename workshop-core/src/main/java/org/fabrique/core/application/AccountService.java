package org.fabrique.core.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NotificationPreference;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.security.PasswordHasher;

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

    @RolesAllowed(Roles.POLE)
    public Page<AccountSummary> page(PageRequest request) {
        return accounts.page(request).map(AccountService::toSummary);
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
        return toSummary(accounts.store(account));
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

    private static AccountSummary toSummary(Account account) {
        Directorate directorate = account.getDirectorate();
        Person person = account.getPerson();
        return new AccountSummary(account.getId(), account.getUsername(), person.getName(), person.getEmail(),
                person.getCategory(), account.getRole(), directorate == null ? null : directorate.getId(),
                directorate == null ? null : directorate.getName(), account.isEnabled(), account.getVersion());
    }
}
