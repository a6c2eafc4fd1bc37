package ru.ediary.journal.model;

import ru.ediary.school.model.School;

public interface JournalStatistics {

    /** Counts of what the journal sent and has not deleted. */
    SchoolFigures figures(School school);
}
