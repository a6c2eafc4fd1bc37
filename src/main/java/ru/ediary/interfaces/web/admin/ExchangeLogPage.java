package ru.ediary.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.ediary.importing.application.BatchLedger;
import ru.ediary.importing.model.LoggedBatch;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.SchoolTime;

/** The exchange log of the staff member's school: the journal's latest batches and what became of them. */
@Named
@RequestScoped
public class ExchangeLogPage {

    static final int SHOWN = 20;
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(SchoolTime.ZONE);

    @Inject
    SignedIn signedIn;

    @Inject
    BatchLedger ledger;

    private List<Row> rows;

    /** One batch as the page shows it. */
    public static final class Row {
        private final LoggedBatch batch;

        Row(LoggedBatch batch) {
            this.batch = batch;
        }

        public String getBatchId() {
            return batch.batchId();
        }

        public String getReceivedAt() {
            return RUSSIAN.format(batch.receivedAt());
        }

        public String getAccount() {
            return batch.account();
        }

        public boolean isFinished() {
            return batch.complete();
        }

        public long getDurationMillis() {
            return batch.durationMillis() == null ? 0 : batch.durationMillis();
        }

        public int getCreated() {
            return batch.created();
        }

        public int getUpdated() {
            return batch.updated();
        }

        public int getUnchanged() {
            return batch.unchanged();
        }

        public int getRejected() {
            return batch.rejected();
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            Long school = signedIn.isPresent() ? signedIn.getAccount().schoolId() : null;
            rows = school == null ? List.of() : ledger.latest(school, SHOWN).stream().map(Row::new).toList();
        }
        return rows;
    }
}
