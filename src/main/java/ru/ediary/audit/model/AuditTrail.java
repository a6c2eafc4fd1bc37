package ru.ediary.audit.model;

/** Where audit entries go; entries are appended, never changed or removed. */
public interface AuditTrail {

    void append(AuditEntry entry);
}
