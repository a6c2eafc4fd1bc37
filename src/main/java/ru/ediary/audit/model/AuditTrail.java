package ru.ediary.audit.model;

import java.time.Instant;
import java.util.List;

/** Where audit entries go; entries are appended, never changed or removed. */
public interface AuditTrail {

    void append(AuditEntry entry);

    /**
     * The school's entries (null: the entries of no school — regional and system-wide actions), newest first,
     * filtered by whichever criteria are given (null: any): actor and action
     * exactly, the subject by a fragment, the time from (inclusive) and to (exclusive).
     */
    List<AuditEntry> find(Long schoolId, String actor, String action, String subjectFragment, Instant from,
                          Instant to, int limit);

    /** The actions that occur in the school's log, for the filter's choice. */
    List<String> actions(long schoolId);
}
