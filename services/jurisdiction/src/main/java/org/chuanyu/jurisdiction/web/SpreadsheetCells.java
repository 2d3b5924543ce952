package org.chuanyu.jurisdiction.web;

/**
 * Spreadsheet programs run a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}
 * (or a tab or carriage return before one) as a formula; a name typed by a user must never become
 * one in an export (CSV or XLSX). Numbers are written as numbers and need no such care.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The text as a spreadsheet shows it, never as a formula: a leading apostrophe where it could be one. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
