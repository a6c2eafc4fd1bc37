package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.ediary.audit.application.AuditLog;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;

/** Checks a login and password against the accounts, slowing down repeated failures of one login. */
@ApplicationScoped
public class SignIn {

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInVerdict attempt(String login, char[] password, String remoteAddress) {
        Optional<Account> found = login == null ? Optional.empty() : accounts.byLogin(login.trim());
        if (found.isEmpty()) {
            hashing.spendTimeOfOneCheck(password);
            // guesses at logins show up in the log too (the login as typed, cut short: it may be a mistyped password)
            audit.record(shorten(login), "SIGN_IN_UNKNOWN_LOGIN", null, null, null, remoteAddress);
            return SignInVerdict.refused();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLocked() || now.isBefore(account.retryAllowedAt())) {
            // Not even checked: a guesser gains nothing from attempts made during the wait.
            audit.record(account.getLogin(), "SIGN_IN_REFUSED", schoolId(account), null,
                    account.isLocked() ? "account locked" : "too many failures, waiting", remoteAddress);
            return SignInVerdict.refused();
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            accounts.recordFailure(account.getLogin(), now);
            audit.record(account.getLogin(), "SIGN_IN_FAILED", schoolId(account), null,
                    "failed attempts in a row before this one: " + account.getFailedAttempts(), remoteAddress);
            return SignInVerdict.refused();
        }
        account.recordSuccess();
        audit.record(account.getLogin(), "SIGN_IN", schoolId(account), null, null, remoteAddress);
        return new SignInVerdict(true, account.getLogin(), account.getRoles());
    }

    private static Long schoolId(Account account) {
        return account.getSchool() == null ? null : account.getSchool().getId();
    }

    private static String shorten(String login) {
        String trimmed = login == null ? "" : login.trim();
        return trimmed.length() <= 60 ? trimmed : trimmed.substring(0, 60);
    }
}
