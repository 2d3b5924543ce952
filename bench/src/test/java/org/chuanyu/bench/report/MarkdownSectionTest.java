package org.chuanyu.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSectionTest {

    private static final String PAGE = """
            # Benchmarks

            Intro — with non-ASCII text.

            <!-- bench:latency -->
            old table
            old row
            <!-- /bench:latency -->

            Between the sections.
            <!-- bench:other -->
            keep me
            <!-- /bench:other -->
            Trailer without newline""";

    @TempDir
    Path dir;

    @Test
    void replacesOnlyTheNamedSectionKeepingTheMarkers() {
        String after = MarkdownSection.apply(PAGE, "latency", "| a |\n| b |\n");
        assertEquals(PAGE.replace("old table\nold row\n", "| a |\n| b |\n"), after);
    }

    @Test
    void addsTheMissingNewlineAtTheEndOfTheContent() {
        String after = MarkdownSection.apply(PAGE, "latency", "new");
        assertTrue(after.contains("<!-- bench:latency -->\nnew\n<!-- /bench:latency -->\n"));
    }

    @Test
    void appendsTheSectionWhenItsMarkersAreAbsent() {
        String after = MarkdownSection.apply(PAGE, "throughput", "rows\n");
        assertEquals(PAGE + "\n<!-- bench:throughput -->\nrows\n<!-- /bench:throughput -->\n", after);
    }

    @Test
    void isIdempotentForReplaceAndAppend() {
        String once = MarkdownSection.apply(PAGE, "latency", "x\n");
        assertEquals(once, MarkdownSection.apply(once, "latency", "x\n"));
        String appended = MarkdownSection.apply(PAGE, "new", "y");
        assertEquals(appended, MarkdownSection.apply(appended, "new", "y"));
    }

    @Test
    void rejectsUnbalancedDuplicatedOrBadlyNamedSections() {
        assertThrows(IllegalArgumentException.class,
                () -> MarkdownSection.apply("<!-- bench:a -->\nx\n", "a", "y"));
        assertThrows(IllegalArgumentException.class,
                () -> MarkdownSection.apply("<!-- /bench:a -->\n<!-- bench:a -->\n", "a", "y"));
        assertThrows(IllegalArgumentException.class,
                () -> MarkdownSection.apply("<!-- bench:a -->\n<!-- bench:a -->\n<!-- /bench:a -->\n", "a", "y"));
        assertThrows(IllegalArgumentException.class, () -> MarkdownSection.apply("", "a -->", "y"));
    }

    @Test
    void theCommandKeepsEveryByteOutsideTheMarkersAndThePermissions() throws Exception {
        Path page = dir.resolve("benchmarks.md");
        byte[] invalidUtf8 = {(byte) 0xC3, (byte) 0x28, '\r', '\n'};
        byte[] head = ("# B\r\n" + "caf\u00e9\n").getBytes(StandardCharsets.UTF_8);
        byte[] markers = "<!-- bench:s -->\nold\n<!-- /bench:s -->\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(page, concat(head, invalidUtf8, markers, invalidUtf8));
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw-r--"));
        Path content = dir.resolve("content.md");
        Files.writeString(content, "n\u00e9w\n");

        int rc = ReportCommand.run(new String[] {"--file", page.toString(), "--section", "s", "--content", content.toString()});
        assertEquals(0, rc);
        byte[] expected = concat(head, invalidUtf8,
                "<!-- bench:s -->\n".getBytes(StandardCharsets.US_ASCII), "n\u00e9w\n".getBytes(StandardCharsets.UTF_8),
                "<!-- /bench:s -->\n".getBytes(StandardCharsets.US_ASCII), invalidUtf8);
        assertArrayEquals(expected, Files.readAllBytes(page));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        assertEquals(2, Files.list(dir).count(), "no temp file left behind");

        assertEquals(0, ReportCommand.run(new String[] {"--file", page.toString(), "--section", "s", "--content", content.toString()}));
        assertArrayEquals(expected, Files.readAllBytes(page));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
