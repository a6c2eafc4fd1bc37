package ru.ediary.demo.application;

import java.util.List;
import ru.ediary.importing.model.SourcedRecord;

/**
 * Everything the demo generator produced for one school: the journal records (to go through the ordinary import,
 * in any order — the import sorts them by kind), the guardians' consents and contacts, and the two exam results that
 * show the 3-day rule at work.
 *
 * @param lateExam the sourcedId of an exam result the journal sent after its deadline; null when none
 * @param atRiskExam the sourcedId of a recent exam result held back for a guardian without an account; null when none
 */
public record DemoSchoolJournal(List<SourcedRecord> records, List<DemoGuardian> guardians, String lateExam,
                                String atRiskExam) {

    public DemoSchoolJournal {
        records = List.copyOf(records);
        guardians = List.copyOf(guardians);
    }
}
