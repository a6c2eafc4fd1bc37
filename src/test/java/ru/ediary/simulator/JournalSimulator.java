package ru.ediary.simulator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.BatchRecords;
import ru.ediary.interfaces.exchange.contract.ExchangeFault;
import ru.ediary.interfaces.exchange.contract.JournalRecord;
import ru.ediary.interfaces.exchange.contract.ReceiptLine;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.RecordOutcome;
import ru.ediary.interfaces.exchange.contract.ReconcileResponse;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;

/**
 * The journal simulator: behaves like a school's electronic journal pushing its data to eDiary. It generates a
 * school of the given size with its own generator ({@link SimulatedSchool}), sends it through the SOAP exchange with
 * the client generated from the WSDL, in batches on several threads, and reconciles every kind it sent: its own
 * count and digest against eDiary's. It shares nothing with the server but the contract types; it is the driver of
 * the import benchmark as well.
 *
 * <p>Sending order: across batches references must already be known, so the structure (year, periods, staff,
 * classes, students, guardians, catalogues, timetable) goes first, batch after batch in dependency order; then the
 * lessons, in parallel; then marks, attendance, homework and final grades, in parallel.
 *
 * <pre>
 * mvn -Psimulator test-compile exec:java -Dexec.args="--url http://localhost:9080/ --students 1000"
 * </pre>
 *
 * Exit code 0 when eDiary holds exactly what was sent (every kind MATCH) and no record was rejected, 1 otherwise
 * (wrong options included).
 */
public final class JournalSimulator {

    static final String USAGE = """
            Usage: JournalSimulator [options]
              --url URL           eDiary's base URL (default http://localhost:9080/)
              --user LOGIN        the journal account (default demo.simulator)
              --password SECRET   its password (default demo.simulator)
              --students N        students (default 1000)
              --classes N         classes (default: students / 25, rounded up), spread over grades 1-11
              --subjects N        subjects (default 15)
              --batch N           records per batch, at most 50000 (default 5000)
              --threads N         parallel submissions (default 4)
              --seed N            generator seed (default 1); the same seed gives the same records
              --until YYYY-MM-DD  the journal's last day (default today); its school year is generated from 1 September
              --full-year         the whole school year, 1 September to 31 May
              --prefix TEXT       sourcedId prefix (default sim)
              --dry-run           generate and count the records only, send nothing
              --help              this text""";

    /** Kinds of the second and the third phase; every other kind is structure, sent first. */
    private static final Set<RecordKindLabel> LESSONS = EnumSet.of(RecordKindLabel.LESSON);
    private static final Set<RecordKindLabel> JOURNAL = EnumSet.of(RecordKindLabel.MARK, RecordKindLabel.ATTENDANCE,
            RecordKindLabel.HOMEWORK, RecordKindLabel.FINAL_GRADE, RecordKindLabel.TIMETABLE_CHANGE,
            RecordKindLabel.RECOMMENDATION, RecordKindLabel.CONTROL_WORK, RecordKindLabel.DEFERRAL,
            RecordKindLabel.EXAM_RESULT);
    private static final int SHOWN_REJECTIONS = 10;

    private final Options options;
    private final PrintStream out;
    private final Set<String> reconcileFailures = new HashSet<>();

    private JournalSimulator(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the simulator. It never calls System.exit (so that it can run inside Maven): a run that is not OK ends in
     * an exception, which the java launcher turns into exit code 1 and exec:java into a failed build.
     */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(USAGE);
            throw new NotOk("wrong options: " + wrong.getMessage());
        }
        if (options.dryRun()) {
            new JournalSimulator(options, System.out).generate();
            return;
        }
        Result result = new JournalSimulator(options, System.out).run();
        if (result.exitCode() != 0) {
            throw new NotOk(result.verdict());
        }
    }

    /** Runs the simulator with command-line {@code args}, reporting to {@code out}; the result for a caller. */
    public static Result run(PrintStream out, String... args) throws InterruptedException {
        return new JournalSimulator(Options.parse(args), out).run();
    }

    /** Generates the school and says what it holds. */
    private Map<RecordKindLabel, List<JournalRecord>> generate() {
        long started = System.nanoTime();
        SimulatedSchool school = new SimulatedSchool(new SimulatedSchool.Spec(options.prefix(), options.seed(),
                options.students(), options.classes(), options.subjects(), options.until(), options.fullYear()));
        Map<RecordKindLabel, List<JournalRecord>> records = school.records();
        long total = records.values().stream().mapToLong(List::size).sum();
        out.printf(Locale.ROOT, "Journal simulator: school «%s-%d», %d students in %d classes, %d subjects, "
                        + "%d teachers; school year %s – %s, journal up to %s%n", options.prefix(), options.seed(),
                school.studentCount(), school.classCount(), school.subjectCount(), school.teacherCount(),
                school.yearStart(), school.yearEnd(), school.lastDay());
        out.printf(Locale.ROOT, "Generated %d records in %.1f s:", total, seconds(started));
        records.forEach((kind, list) -> out.print(" " + kind.value() + " " + list.size()));
        out.println();
        return records;
    }

    private Result run() throws InterruptedException {
        Map<RecordKindLabel, List<JournalRecord>> records = generate();
        out.printf(Locale.ROOT, "Sending to %s as %s in batches of %d on %d threads%n", options.url(),
                options.user(), options.batch(), options.threads());

        List<JournalRecord> structure = new ArrayList<>();
        List<JournalRecord> lessons = new ArrayList<>();
        List<JournalRecord> journal = new ArrayList<>();
        records.forEach((kind, list) -> (LESSONS.contains(kind) ? lessons : JOURNAL.contains(kind) ? journal
                : structure).addAll(list));

        long connecting = System.nanoTime();
        ExchangeClient client = new ExchangeClient(options.url(), options.user(), options.password(),
                options.threads());
        try {
            client.reconcile(RecordKindLabel.SCHOOL_YEAR);
        } catch (ExchangeFault | RuntimeException refused) {
            out.println("  the first request failed: " + refused);
        }
        out.printf(Locale.ROOT, "Connected to %s in %.1f s (WSDL read, %d ports, a first reconcile as warm-up)%n",
                client.endpoint(), seconds(connecting), options.threads());
        String run = Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try {
            long sending = System.nanoTime();
            send("structure", structure, 1, client, run, pool, tally);
            if (tally.failures.isEmpty()) {
                send("lessons", lessons, options.threads(), client, run, pool, tally);
            }
            if (tally.failures.isEmpty()) {
                send("journal", journal, options.threads(), client, run, pool, tally);
            }
            tally.phases.add(new Phase("total", tally.phases.stream().mapToInt(Phase::batches).sum(),
                    tally.phases.stream().mapToLong(Phase::records).sum(), seconds(sending),
                    tally.phases.stream().mapToDouble(Phase::requestSeconds).sum(),
                    tally.phases.stream().mapToDouble(Phase::applySeconds).sum()));
        } finally {
            pool.shutdownNow();
        }
        printPhases(tally);

        long reconciling = System.nanoTime();
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<RecordKindLabel, List<JournalRecord>> kind : records.entrySet()) {
            checks.add(reconcile(client, kind.getKey(), kind.getValue()));
        }
        out.printf(Locale.ROOT, "%nreconciled %d kinds in %.1f s%n", checks.size(), seconds(reconciling));
        Result result = new Result(List.copyOf(tally.phases), tally.created, tally.updated, tally.unchanged,
                tally.rejected, tally.replayed, List.copyOf(tally.rejections), List.copyOf(checks),
                List.copyOf(tally.failures));
        printChecks(result);
        return result;
    }

    /** Sends {@code records} in batches, {@code parallel} at a time, and waits for all their receipts. */
    private void send(String phase, List<JournalRecord> records, int parallel, ExchangeClient client, String run,
                      ExecutorService pool, Tally tally) throws InterruptedException {
        long started = System.nanoTime();
        List<SubmitBatch> batches = new ArrayList<>();
        for (int from = 0; from < records.size(); from += options.batch()) {
            SubmitBatch batch = new SubmitBatch();
            batch.setBatchId(options.prefix() + "-" + options.seed() + "-" + run + "-" + phase.charAt(0)
                    + (batches.size() + 1));
            batch.setRecords(new BatchRecords());
            batch.getRecords().getRecord().addAll(records.subList(from, Math.min(records.size(),
                    from + options.batch())));
            batches.add(batch);
        }
        AtomicInteger done = new AtomicInteger();
        LongAdder requestNanos = new LongAdder();
        List<Future<BatchReceipt>> receipts = new ArrayList<>();
        if (parallel <= 1) {
            for (SubmitBatch batch : batches) {
                Future<BatchReceipt> receipt = pool.submit(() -> submit(client, batch, phase, done, batches.size(), requestNanos));
                receipts.add(receipt);
                try {
                    receipt.get();
                } catch (ExecutionException failed) {
                    break;
                }
            }
        } else {
            for (SubmitBatch batch : batches) {
                receipts.add(pool.submit(() -> submit(client, batch, phase, done, batches.size(), requestNanos)));
            }
        }
        long applyMillis = 0;
        for (int i = 0; i < receipts.size(); i++) {
            try {
                BatchReceipt receipt = receipts.get(i).get();
                tally.add(receipt);
                applyMillis += receipt.getDurationMillis();
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                String why = cause instanceof ExchangeFault fault && fault.getFaultInfo() != null
                        ? fault.getFaultInfo().getCode() + ": " + fault.getFaultInfo().getMessage() : cause.toString();
                tally.failures.add("batch " + batches.get(i).getBatchId() + " failed: " + why);
            }
        }
        Phase figures = new Phase(phase, batches.size(), records.size(), seconds(started),
                requestNanos.sum() / 1e9, applyMillis / 1000.0);
        tally.phases.add(figures);
        out.printf(Locale.ROOT, "  %-9s %4d batches %9d records %9.1f s %9.0f records/s%n", phase,
                figures.batches(), figures.records(), figures.seconds(), figures.rate());
        if (!tally.failures.isEmpty()) {
            tally.failures.forEach(f -> out.println("  " + f));
            out.println("  stopped sending: a later phase would refer to records that did not arrive");
        }
    }

    private BatchReceipt submit(ExchangeClient client, SubmitBatch batch, String phase, AtomicInteger done,
                                int batches, LongAdder requestNanos) throws Exception {
        long started = System.nanoTime();
        BatchReceipt receipt = client.submit(batch);
        requestNanos.add(System.nanoTime() - started);
        int finished = done.incrementAndGet();
        if (batches > 1 && (finished % Math.max(1, batches / 10) == 0 || finished == batches)) {
            synchronized (out) {
                out.printf(Locale.ROOT, "    %s: %d/%d batches (%s: %d records applied in %.1f s)%n", phase, finished,
                        batches, batch.getBatchId(), receipt.getLine().size(), receipt.getDurationMillis() / 1000.0);
            }
        }
        return receipt;
    }

    private Check reconcile(ExchangeClient client, RecordKindLabel kind, List<JournalRecord> records)
            throws InterruptedException {
        List<JournalRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(JournalRecord::getSourcedId));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (JournalRecord record : sorted) {
                sha.update((record.getSourcedId() + "\t" + record.getVersion() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            try {
                ReconcileResponse theirs = client.reconcile(kind);
                return new Check(kind, sorted.size(), digest, theirs.getCount(), theirs.getDigest());
            } catch (ExchangeFault | RuntimeException failed) {
                if (reconcileFailures.add(String.valueOf(failed.getMessage()))) {
                    out.println("  reconcile " + kind.value() + " failed: " + failed);
                }
                return new Check(kind, sorted.size(), digest, -1, "");
            }
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void printPhases(Tally tally) {
        out.println();
        out.println("phase       batches    records   seconds  records/s  request s  apply s");
        for (Phase phase : tally.phases) {
            out.printf(Locale.ROOT, "%-10s %8d %10d %9.1f %10.0f %10.1f %8.1f%n", phase.name(), phase.batches(),
                    phase.records(), phase.seconds(), phase.rate(), phase.requestSeconds(), phase.applySeconds());
        }
        out.println("(seconds: wall clock; request s: round trips of the batches, summed; apply s: the time eDiary's"
                + " receipts report for applying them, summed)");
        out.println();
        out.printf(Locale.ROOT, "receipts: CREATED %d, UPDATED %d, UNCHANGED %d, REJECTED %d%s%n", tally.created,
                tally.updated, tally.unchanged, tally.rejected,
                tally.replayed > 0 ? " (" + tally.replayed + " batches answered as replays)" : "");
        if (!tally.rejections.isEmpty()) {
            out.println("first rejections:");
            tally.rejections.forEach(r -> out.println("  " + r));
        }
    }

    private void printChecks(Result result) {
        out.println("kind                 journal count   eDiary count  journal digest  eDiary digest   result");
        for (Check check : result.checks()) {
            out.printf(Locale.ROOT, "%-20s %13d %14d  %-14s  %-14s  %s%n", check.kind().value(), check.count(),
                    check.ediaryCount(), abbreviate(check.digest()), abbreviate(check.ediaryDigest()),
                    check.match() ? "MATCH" : check.ediaryCount() < 0 ? "FAILED" : "DIFFERENT");
        }
        out.println();
        out.println(result.verdict());
    }

    private static String abbreviate(String digest) {
        return digest == null || digest.length() < 12 ? String.valueOf(digest) : digest.substring(0, 12) + "…";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "journal-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * The figures of one sending phase: wall-clock seconds; {@code requestSeconds}, the batches' round trips summed;
     * {@code applySeconds}, what the receipts say eDiary spent applying them, summed.
     */
    public record Phase(String name, int batches, long records, double seconds, double requestSeconds,
                        double applySeconds) {

        public double rate() {
            return seconds > 0 ? records / seconds : 0;
        }
    }

    /** One kind: the journal's count and digest against eDiary's (count -1 when reconcile failed). */
    public record Check(RecordKindLabel kind, long count, String digest, long ediaryCount, String ediaryDigest) {

        public boolean match() {
            return count == ediaryCount && digest.equals(ediaryDigest);
        }
    }

    /** What a run did and found. */
    public record Result(List<Phase> phases, long created, long updated, long unchanged, long rejected,
                         int replayedBatches, List<String> rejections, List<Check> checks, List<String> failures) {

        public long sent() {
            return phases.stream().filter(p -> p.name().equals("total")).mapToLong(Phase::records).sum();
        }

        public boolean allMatch() {
            return !checks.isEmpty() && checks.stream().allMatch(Check::match);
        }

        public int exitCode() {
            return allMatch() && rejected == 0 && failures.isEmpty() ? 0 : 1;
        }

        public String verdict() {
            if (exitCode() == 0) {
                return "OK: every kind MATCH, nothing rejected";
            }
            List<String> wrong = new ArrayList<>();
            long different = checks.stream().filter(c -> !c.match()).count();
            if (different > 0 || checks.isEmpty()) {
                wrong.add(different + " of " + checks.size() + " kinds not MATCH");
            }
            if (rejected > 0) {
                wrong.add(rejected + " records REJECTED");
            }
            if (!failures.isEmpty()) {
                wrong.add(failures.size() + " batches failed");
            }
            return "NOT OK: " + String.join(", ", wrong);
        }
    }

    /** A run that is not OK, as main reports it: the message says it all, a stack trace would not add to it. */
    static final class NotOk extends Exception {

        NotOk(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Tally {
        final List<Phase> phases = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        long created;
        long updated;
        long unchanged;
        long rejected;
        int replayed;

        void add(BatchReceipt receipt) {
            created += receipt.getCreated();
            updated += receipt.getUpdated();
            unchanged += receipt.getUnchanged();
            rejected += receipt.getRejected();
            if (receipt.isReplayed()) {
                replayed++;
            }
            if (receipt.getRejected() > 0 && rejections.size() < SHOWN_REJECTIONS) {
                for (ReceiptLine line : receipt.getLine()) {
                    if (line.getOutcome() == RecordOutcome.REJECTED && rejections.size() < SHOWN_REJECTIONS) {
                        rejections.add(line.getKind().value() + " " + line.getSourcedId() + ": " + line.getCode()
                                + (line.getField() != null ? " (" + line.getField() + ")" : "") + " — "
                                + line.getMessage());
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The command line. */
    public record Options(String url, String user, String password, int students, int classes, int subjects,
                          int batch, int threads, long seed, LocalDate until, boolean fullYear, String prefix,
                          boolean dryRun) {

        static Options parse(String... args) {
            String url = "http://localhost:9080/";
            String user = "demo.simulator";
            String password = "demo.simulator";
            int students = 1000;
            Integer classes = null;
            int subjects = 15;
            int batch = 5000;
            int threads = 4;
            long seed = 1;
            LocalDate until = LocalDate.now();
            boolean fullYear = false;
            boolean dryRun = false;
            String prefix = "sim";
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (arg.equals("--full-year")) {
                    fullYear = true;
                    continue;
                }
                if (arg.equals("--dry-run")) {
                    dryRun = true;
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option " + arg + " needs a value");
                    }
                    value = args[++i];
                }
                switch (arg) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--students" -> students = number(arg, value, 1, 1_000_000);
                    case "--classes" -> classes = number(arg, value, 1, 10_000);
                    case "--subjects" -> subjects = number(arg, value, 1, 200);
                    case "--batch" -> batch = number(arg, value, 1, 50_000);
                    case "--threads" -> threads = number(arg, value, 1, 256);
                    case "--seed" -> seed = number(arg, value, 0, Integer.MAX_VALUE);
                    case "--until" -> until = date(value);
                    case "--prefix" -> prefix = value;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (!prefix.matches("[A-Za-z0-9._-]{1,16}")) {
                throw new IllegalArgumentException("--prefix: 1–16 letters, digits, dots, underscores or hyphens, was «"
                        + prefix + "»");
            }
            int classCount = classes != null ? classes : (students + 24) / 25;
            if (classCount > students) {
                throw new IllegalArgumentException("--classes " + classCount + " is more than --students " + students);
            }
            return new Options(url, user, password, students, classCount, subjects, batch, threads, seed, until,
                    fullYear, prefix, dryRun);
        }

        private static int number(String option, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value.trim());
                if (number < min || number > max) {
                    throw new IllegalArgumentException(option + " must be " + min + "–" + max + ", was " + number);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, was «" + value + "»");
            }
        }

        private static LocalDate date(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--until needs a date YYYY-MM-DD, was «" + value + "»");
            }
        }
    }
}
