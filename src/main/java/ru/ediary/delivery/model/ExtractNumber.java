package ru.ediary.delivery.model;

/**
 * The number of an extract: sequential per school and school year (the year it starts in), printed «0017/2026».
 * Numbers are never reused, so a register with a gap would show that a document was lost, not renumbered.
 */
public record ExtractNumber(int schoolYear, int sequence) {

    public ExtractNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("extract numbers start at 1: " + sequence);
        }
    }

    /** The number after the school year's last one (0 when none was issued yet). */
    public static ExtractNumber after(int schoolYear, int lastSequence) {
        return new ExtractNumber(schoolYear, lastSequence + 1);
    }

    public String label() {
        return String.format("%04d/%d", sequence, schoolYear);
    }
}
