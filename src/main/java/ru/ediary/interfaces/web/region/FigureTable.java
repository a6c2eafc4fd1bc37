package ru.ediary.interfaces.web.region;

import java.util.List;

/**
 * A small table of a school's figures for the shared template {@code region-figures.xhtml}: a caption, the header of
 * the row labels, the column headers, the rows and an optional total row.
 */
public record FigureTable(String id, String caption, String rowHeader, List<String> columns, List<Row> rows,
                          Row total) {

    /** A row: its label (a grade level, a subject, a figure) and its cells in the columns' order. */
    public record Row(String label, List<Cell> cells) {
        public String getLabel() {
            return label;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    public String getId() {
        return id;
    }

    public String getCaption() {
        return caption;
    }

    public String getRowHeader() {
        return rowHeader;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getTotal() {
        return total;
    }
}
