package org.chuanyu.bench.load;

/** {@code bench.jar load}: exit 0 whatever the results, 2 for bad options, 1 when the URL is unreachable. */
public final class LoadCommand {

    static final int BAD_OPTIONS = 2;
    static final int UNREACHABLE = 1;

    private LoadCommand() {
    }

    public static int run(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.print(LoadOptions.USAGE);
            return BAD_OPTIONS;
        }
        try {
            LoadRunner.run(options, System.out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            return BAD_OPTIONS;
        } catch (LoadRunner.UnreachableException e) {
            System.err.println("load: " + e.getMessage());
            return UNREACHABLE;
        }
    }
}
