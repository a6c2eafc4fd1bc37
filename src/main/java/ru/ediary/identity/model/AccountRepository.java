package ru.ediary.identity.model;

import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.School;

public interface AccountRepository {

    Optional<Account> byLogin(String login);

    /** The school's staff and system accounts (neither a guardian's nor a student's), by login. */
    List<Account> staffOf(School school);

    void add(Account account);
}
