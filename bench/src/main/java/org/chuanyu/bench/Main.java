package org.chuanyu.bench;

import java.util.Arrays;

/** Entry point of the bench jar: {@code java -jar bench/target/bench.jar <command> [options]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench.jar <command> [options]; commands: " + Commands.names());
            System.exit(2);
        }
        int rc = Commands.run(args[0], Arrays.copyOfRange(args, 1, args.length));
        System.exit(rc);
    }
}
