package org.chuanyu.projects.export;

/**
 * Spreadsheet programs run a text cell that begins with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula; a project or investor name typed by a user must never become one. Numbers are written as numbers.
 */
final class ExportCells {

    private ExportCells() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
