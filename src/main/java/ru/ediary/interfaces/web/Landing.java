package ru.ediary.interfaces.web;

import java.util.Set;
import ru.ediary.identity.model.Role;

/** The page each role lands on after signing in. */
final class Landing {

    private Landing() {
    }

    static String pageFor(Set<String> roles) {
        if (roles.contains(Role.SCHOOL_ADMIN.name())) {
            return "/admin/index.xhtml";
        }
        if (roles.contains(Role.REGION.name()) || roles.contains(Role.SUPERUSER.name())) {
            return "/region/index.xhtml";
        }
        if (roles.contains(Role.PARENT.name())) {
            return "/parent/index.xhtml";
        }
        if (roles.contains(Role.STUDENT.name())) {
            return "/student/index.xhtml";
        }
        if (roles.contains(Role.JOURNAL.name())) {
            return "/journal/index.xhtml";
        }
        return "/index.xhtml";
    }
}
