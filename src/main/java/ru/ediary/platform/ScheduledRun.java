package ru.ediary.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of a job that must happen once whatever the number of instances and restarts (the digests of a day): the
 * instance that inserts the row does the work; a row left unfinished by a crashed instance is taken over when it is
 * stale (see {@link ScheduledRuns}).
 */
@Entity
@Table(name = "scheduled_run")
public class ScheduledRun {

    @Id
    @Column(name = "run_id", length = 120)
    private String runId;

    @Column(name = "claimed_by", nullable = false, length = 100)
    private String claimedBy;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ScheduledRun() {
    }

    ScheduledRun(String runId, String claimedBy, Instant claimedAt) {
        this.runId = runId;
        this.claimedBy = claimedBy;
        this.claimedAt = claimedAt;
    }

    public String getRunId() {
        return runId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
