package ru.ediary.delivery.model;

import java.util.List;

/** Typesets extracts (the PDF adapter lives in the infrastructure). */
public interface ExtractPrinter {

    /** A printed extract: the file and how many pages it has. */
    record Printed(byte[] pdf, int pages) {
    }

    Printed print(ExtractSheet sheet);

    /**
     * One file of several extracts for double-sided printing: every extract starts on an odd page (a blank page is
     * put after an extract of an odd number of pages), so no sheet carries two children.
     */
    byte[] bind(List<Printed> extracts);
}
