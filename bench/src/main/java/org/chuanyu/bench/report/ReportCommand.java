package org.chuanyu.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.chuanyu.bench.load.Args;

/**
 * {@code bench.jar report --file docs/benchmarks.md --section NAME --content FILE}: rewrites one
 * generated section of a markdown page (see {@link MarkdownSection}). {@code --content -} reads stdin.
 */
public final class ReportCommand {

    static final int BAD_OPTIONS = 2;
    private static final String STDIN = "-";
    private static final String USAGE = "usage: report --file PAGE.md --section NAME --content FILE|-\n";

    private ReportCommand() {
    }

    public static int run(String[] argv) throws IOException {
        try {
            Args args = Args.parse(argv, Set.of("file", "section", "content"), Set.of());
            Path file = Path.of(args.required("file"));
            String section = args.required("section");
            String contentName = args.required("content");
            // ISO-8859-1 maps bytes to chars one to one: see MarkdownSection.
            String content = STDIN.equals(contentName)
                    ? new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    : Files.readString(Path.of(contentName), StandardCharsets.ISO_8859_1);
            String before = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
            String after = MarkdownSection.apply(before, section, content);
            if (after.equals(before)) {
                System.out.println(file + ": section " + section + " unchanged");
            } else {
                writeAtomically(file, after.getBytes(StandardCharsets.ISO_8859_1));
                System.out.println(file + ": section " + section + " written");
            }
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("report: no such file " + e.getMessage());
            return BAD_OPTIONS;
        } catch (IllegalArgumentException e) {
            System.err.println("report: " + e.getMessage());
            System.err.print(USAGE);
            return BAD_OPTIONS;
        }
    }

    /** Readers see the old page or the new one, never half of it; the page keeps its permissions. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to a newly created page.
        Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            if (Files.exists(target)) {
                copyPermissions(target, temp);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the temp file's defaults will do.
        }
    }
}
