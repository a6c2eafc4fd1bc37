package ru.ediary.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Account> byLogin(String login) {
        return em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> staffOf(School school) {
        return em.createQuery("SELECT a FROM Account a WHERE a.school = :school AND a.guardian IS NULL"
                + " AND a.student IS NULL ORDER BY a.login", Account.class).setParameter("school", school)
                .getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public void recordFailure(String login, Instant at) {
        em.createQuery("UPDATE Account a SET a.failedAttempts = a.failedAttempts + 1, a.lastFailureAt = :at"
                + " WHERE a.login = :login").setParameter("at", at).setParameter("login", login).executeUpdate();
    }
}
