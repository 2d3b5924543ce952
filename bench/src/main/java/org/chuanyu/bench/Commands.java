package org.chuanyu.bench;

import java.util.Map;
import java.util.TreeMap;

/** The commands of the bench jar, by name. Each feature package registers its own entry here. */
final class Commands {

    interface Command {
        int run(String[] args) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        COMMANDS.put("chart", org.chuanyu.bench.chart.ChartCommand::run);
        COMMANDS.put("load", org.chuanyu.bench.load.LoadCommand::run);
        COMMANDS.put("report", org.chuanyu.bench.report.ReportCommand::run);
        COMMANDS.put("table", org.chuanyu.bench.report.TableCommand::run);
        COMMANDS.put("drill", org.chuanyu.bench.drill.DrillCommand::run);
        COMMANDS.put("moves", org.chuanyu.bench.moves.MovesCommand::run);
        COMMANDS.put("verdicts", org.chuanyu.bench.verdict.VerdictsCommand::run);
        COMMANDS.put("receiver", org.chuanyu.bench.webhooks.ReceiverCommand::run);
        COMMANDS.put("webhooks", org.chuanyu.bench.webhooks.WebhooksCommand::run);
    }

    private Commands() {
    }

    static String names() {
        return String.join(", ", COMMANDS.keySet());
    }

    static int run(String name, String[] args) throws Exception {
        Command command = COMMANDS.get(name);
        if (command == null) {
            System.err.println("unknown command " + name + "; commands: " + names());
            return 2;
        }
        return command.run(args);
    }
}
