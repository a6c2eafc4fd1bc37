package ru.ediary.importing.application;

import ru.ediary.importing.model.ImportResult;

/**
 * Receives each record's result inside the transaction that applied the record, so that what it writes (a receipt
 * line) commits or rolls back together with the record.
 */
@FunctionalInterface
public interface ResultSink {

    ResultSink NONE = (position, result) -> {
    };

    void accept(int position, ImportResult result);
}
