package ru.ediary.interfaces.web.admin;

import java.util.List;

/**
 * A staff table as the page shows it, for export: the same headers and the same values, so the XLSX, the CSV and
 * the screen never disagree. A cell is a {@link Number} (written as a number) or anything else (written as text);
 * null is an empty cell.
 *
 * @param title the sheet's name and the first line of the file, e.g. «Итоги успеваемости, 2 четверть»
 * @param fileName the file's name without extension, Latin letters, e.g. "results-2q"
 */
public record ReportTable(String title, String fileName, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
