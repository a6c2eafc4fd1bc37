package ru.ediary.reporting.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small-cell suppression, the rule that keeps regional figures depersonalised (stated in the contract's
 * documentation, wsdl/regional-reporting.wsdl):
 * <ol>
 * <li><b>primary</b>: a figure computed over 1–4 people is not published (a cell of nobody has nothing to hide);</li>
 * <li><b>secondary</b>: where a total is published, no single suppressed part of it may be recovered by subtracting
 * the published parts from the total. When exactly one part of a published total is suppressed, the smallest other
 * published part is suppressed too, and when there is none, the total itself. A suppressed total keeps at least one
 * of its parts suppressed, or the parts would add up to it.</li>
 * </ol>
 * The secondary rule is applied again until nothing changes: suppressing a part or a total may expose another.
 * A total may be split in several ways (a school by grade level and by subject); each split is checked on its own.
 */
public final class SmallCells {

    /** The fewest people a published figure may be computed over. */
    public static final int FEWEST = 5;

    private SmallCells() {
    }

    /** A figure of a report: how many people it was computed over, and the splits of it into parts. */
    public static final class Cell {

        private final long people;
        private final List<List<Cell>> splits = new ArrayList<>();
        private boolean suppressed;

        public Cell(long people) {
            if (people < 0) {
                throw new IllegalArgumentException("a cell counts no fewer than nobody: " + people);
            }
            this.people = people;
        }

        /** Declares that these parts add up to this cell. */
        public Cell splitInto(List<Cell> parts) {
            splits.add(List.copyOf(parts));
            return this;
        }

        public long people() {
            return people;
        }

        public boolean isSuppressed() {
            return suppressed;
        }
    }

    /** Marks the cells of the tree under {@code total} that may not be published. */
    public static void apply(Cell total) {
        List<Cell> cells = new ArrayList<>();
        collect(total, cells);
        for (Cell cell : cells) {
            cell.suppressed = cell.people > 0 && cell.people < FEWEST;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Cell cell : cells) {
                for (List<Cell> parts : cell.splits) {
                    changed |= protect(cell, parts);
                }
            }
        }
    }

    /** One step of the secondary rule for one split of a total; whether it suppressed anything. */
    private static boolean protect(Cell total, List<Cell> parts) {
        List<Cell> counted = parts.stream().filter(p -> p.people > 0).toList();
        long hidden = counted.stream().filter(p -> p.suppressed).count();
        if (total.suppressed ? hidden > 0 || counted.isEmpty() : hidden != 1) {
            return false;
        }
        Optional<Cell> next = counted.stream().filter(p -> !p.suppressed)
                .min(Comparator.comparingLong(Cell::people));
        if (next.isPresent()) {
            next.get().suppressed = true;
        } else {
            total.suppressed = true;
        }
        return true;
    }

    private static void collect(Cell cell, List<Cell> into) {
        into.add(cell);
        for (List<Cell> parts : cell.splits) {
            for (Cell part : parts) {
                collect(part, into);
            }
        }
    }
}
