package ru.ediary.identity.model;

/** The roles of DESIGN §7; each is also a web.xml security role of the same name. */
public enum Role {
    PARENT, STUDENT, TEACHER, SCHOOL_ADMIN, JOURNAL, REGION, SUPERUSER
}
