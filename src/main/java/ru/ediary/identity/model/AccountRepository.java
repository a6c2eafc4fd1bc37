package ru.ediary.identity.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.School;

public interface AccountRepository {

    Optional<Account> byLogin(String login);

    /** The school's staff and system accounts (neither a guardian's nor a student's), by login. */
    List<Account> staffOf(School school);

    void add(Account account);

    /**
     * One more failed sign-in of the account, counted by the database in one statement (failed_attempts + 1), so
     * that guesses made in parallel all count: a read-modify-write of the entity would let them overwrite each other.
     */
    void recordFailure(String login, Instant at);
}
