package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.ediary.audit.application.AuditLog;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import ru.ediary.family.model.Guardian;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;
import ru.ediary.identity.model.Role;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.School;
import ru.ediary.school.model.Student;

/** Creates accounts and tells who is signed in. */
@ApplicationScoped
public class AccountRegistry {

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    /** What the pages need to know of the signed-in account. */
    public record Holder(String login, String displayName, Set<Role> roles, Long schoolId, String schoolCode,
                         String schoolName, Long regionId, String regionName) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public String getDisplayName() {
            return displayName;
        }

        public String getSchoolName() {
            return schoolName;
        }
    }

    @Transactional
    public Optional<Holder> holder(String login) {
        return accounts.byLogin(login).map(a -> new Holder(a.getLogin(), a.getDisplayName(), Set.copyOf(a.getRoles()),
                a.getSchool() == null ? null : a.getSchool().getId(),
                a.getSchool() == null ? null : a.getSchool().getCode(),
                a.getSchool() == null ? null : a.getSchool().getShortName(),
                a.getRegion() == null ? null : a.getRegion().getId(),
                a.getRegion() == null ? null : a.getRegion().getName()));
    }

    @Transactional
    public boolean exists(String login) {
        return accounts.byLogin(login).isPresent();
    }

    /** Creates an account; the password is kept only as a PBKDF2 hash. */
    @Transactional
    public Account create(String login, char[] password, String displayName, Set<Role> roles, School school,
                          Region region, Guardian guardian, Student student, String createdBy) {
        if (accounts.byLogin(login).isPresent()) {
            throw new IllegalArgumentException("the login «" + login + "» is taken");
        }
        Account account = new Account(login, hashing.hash(password), displayName, roles, clock.instant())
                .bindTo(school, region, guardian, student);
        accounts.add(account);
        audit.record(createdBy, "ACCOUNT_CREATED", school == null ? null : school.getId(), "account:" + login,
                "roles " + roles, null);
        return account;
    }

    /** Locks those of the accounts that exist and are open; the number locked. */
    @Transactional
    public int lockAll(Collection<String> logins, String actor, String reason) {
        int locked = 0;
        for (String login : logins) {
            Optional<Account> account = accounts.byLogin(login);
            if (account.isPresent() && !account.get().isLocked()) {
                account.get().lock();
                audit.record(actor, "ACCOUNT_LOCKED", account.get().getSchool() == null ? null
                        : account.get().getSchool().getId(), "account:" + login, reason, null);
                locked++;
            }
        }
        return locked;
    }

    /**
     * What a signed-in session must still match to go on: a fingerprint of the account's current password hash, or
     * empty when the account is gone or locked. A password change, a reset or a rotation changes the fingerprint, so
     * every session opened with the old password ends at its next request.
     */
    @Transactional
    public Optional<String> standing(String login) {
        return accounts.byLogin(login).filter(account -> !account.isLocked())
                .map(account -> fingerprint(account.getPasswordHash()));
    }

    private static String fingerprint(String passwordHash) {
        return ru.ediary.platform.Sha256.hex(passwordHash);
    }
}
