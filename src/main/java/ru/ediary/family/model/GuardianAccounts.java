package ru.ediary.family.model;

import java.util.Optional;
import java.util.Set;
import ru.ediary.school.model.School;

/**
 * Whether a guardian can sign in to the cabinet. Accounts belong to the identity context, which depends on this
 * one; it answers through this interface so that the eligibility rules stay here without a cycle.
 */
public interface GuardianAccounts {

    boolean hasUsableAccount(Guardian guardian);

    /** The login of the guardian's account, locked or not. */
    Optional<String> loginOf(Guardian guardian);

    /** Ids of the school's guardians that have an account which is not locked. */
    Set<Long> guardiansWithUsableAccount(School school);

    /** Ids of a region's guardians that have an account which is not locked. */
    Set<Long> guardiansWithUsableAccountInRegion(long regionId);
}
