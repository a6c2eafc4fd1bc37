package ru.ediary.demo.application;

import java.util.List;
import ru.ediary.importing.model.SourcedRecord;

/**
 * Everything the demo generator produced for one school: the journal records (to go through the ordinary import,
 * in any order — the import sorts them by kind) and the guardians' consents and contacts.
 */
public record DemoSchoolJournal(List<SourcedRecord> records, List<DemoGuardian> guardians) {

    public DemoSchoolJournal {
        records = List.copyOf(records);
        guardians = List.copyOf(guardians);
    }
}
