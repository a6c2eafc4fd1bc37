package ru.ediary.identity.model;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> byLogin(String login);

    void add(Account account);
}
