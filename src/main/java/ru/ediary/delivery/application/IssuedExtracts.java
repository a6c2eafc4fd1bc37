package ru.ediary.delivery.application;

import java.util.List;

/** The outcome of a print run: the extracts' register ids and numbers, and one PDF of them all. */
public record IssuedExtracts(List<Long> ids, List<String> numbers, byte[] pdf) {

    /** «vypiska-0007-2026.pdf», or for several «vypiski-0007-2026_0036-2026.pdf». */
    public String fileName() {
        String first = numbers.get(0).replace('/', '-');
        return numbers.size() == 1 ? "vypiska-" + first + ".pdf"
                : "vypiski-" + first + "_" + numbers.get(numbers.size() - 1).replace('/', '-') + ".pdf";
    }
}
