package org.chuanyu.jurisdiction.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+86 138|'+86 138",
            "-1+1|'-1+1",
            "@SUM(A1)|'@SUM(A1)",
            "荣昌高新区|荣昌高新区",
            "a=b|a=b"})
    void aCellThatCouldRunAsAFormulaIsShownAsText(String typed, String exported) {
        assertEquals(exported, SpreadsheetCells.neutralise(typed));
    }
}
