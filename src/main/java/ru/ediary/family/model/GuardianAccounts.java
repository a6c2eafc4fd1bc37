package ru.ediary.family.model;

/**
 * Whether a guardian can sign in to the cabinet. Accounts belong to the identity context, which depends on this
 * one; it answers through this interface so that the eligibility rules stay here without a cycle.
 */
public interface GuardianAccounts {

    boolean hasUsableAccount(Guardian guardian);
}
