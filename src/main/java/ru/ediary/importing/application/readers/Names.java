package ru.ediary.importing.application.readers;

import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.school.model.PersonName;

/** Reads ФИО from the fields lastName, firstName, middleName. */
final class Names {

    private Names() {
    }

    static PersonName read(RecordFields fields) throws RecordRejected {
        return new PersonName(fields.text("lastName", 100), fields.text("firstName", 100),
                fields.optionalText("middleName", 100));
    }
}
