package org.chuanyu.bench.report;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.chuanyu.bench.load.Args;

/** {@code bench.jar table --in FILE [--in FILE ...] [--scenario NAME ...]}: a markdown table on stdout. */
public final class TableCommand {

    static final int BAD_OPTIONS = 2;
    private static final String USAGE = "usage: table --in RESULTS.jsonl [--in ...] [--scenario NAME ...]\n";

    private TableCommand() {
    }

    public static int run(String[] argv) throws IOException {
        try {
            Args args = Args.parse(argv, Set.of("in", "scenario"), Set.of());
            if (args.values("in").isEmpty()) {
                throw new IllegalArgumentException("option --in is required");
            }
            System.out.print(MarkdownTable.render(ResultRows.read(
                    args.values("in").stream().map(Path::of).toList(), args.values("scenario"))));
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("table: no such file " + e.getMessage());
            return BAD_OPTIONS;
        } catch (IllegalArgumentException e) {
            System.err.println("table: " + e.getMessage());
            System.err.print(USAGE);
            return BAD_OPTIONS;
        }
    }
}
