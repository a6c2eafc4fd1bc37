package ru.ediary.identity.application;

/**
 * A password eDiary made up for an account, shown once on a printable sheet and never stored in the clear. Getters
 * are for Faces pages (Expression Language 5 does not read record components).
 */
public record IssuedPassword(String login, String displayName, String password, String schoolName,
                             boolean mustChange) {

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPassword() {
        return password;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public boolean isMustChange() {
        return mustChange;
    }
}
