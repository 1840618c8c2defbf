package org.industrymetrics.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a CSV file into cells by RFC 4180, as the library's CSV reader does for a
 * row on one line: {@code ,} between cells, {@code "} around a cell with doubled {@code ""}
 * inside, an empty cell (quoted or not) is null, and one leading {@code '} that guards a formula
 * character is dropped (the writer's defence against CSV injection). Spark hands a file to its
 * workers in splits of lines, so a quoted cell that runs past the end of its line cannot be read
 * here: it is a problem of its line, never a silently joined or dropped row.
 */
final class CsvLine {

    private CsvLine() {
    }

    /** The cells of a line, or the problem that stops it being read. */
    record Cells(String[] cells, String problem) {
    }

    static Cells split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            cell.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return new Cells(null, "a quoted cell is not closed on its line (cells " + (cells.size() + 1)
                                + "): line breaks inside cells are not read by the distributed reader;"
                                + " read such a file with the single-machine reader");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    return new Cells(null, "cell " + (cells.size() + 1) + ": text after the closing quote; write a quote"
                            + " inside a quoted cell as \"\"");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        return new Cells(null, "cell " + (cells.size() + 1) + ": a quote inside an unquoted cell;"
                                + " quote the cell and write the quote as \"\"");
                    }
                    cell.append(c);
                }
            }
            cells.add(cell.length() == 0 ? null : unguard(cell.toString()));
            if (i >= n) {
                break;
            }
            i++; // the comma
        }
        return new Cells(cells.toArray(new String[0]), null);
    }

    private static String unguard(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && isGuarded(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isGuarded(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    }
}
