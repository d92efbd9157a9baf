package org.nestor.core.cli;

import java.nio.file.Path;

/**
 * Parses Kea's {@code kea-dhcp4} options (getopt {@code "dvVWc:p:P:t:T:"}, clustered or not, argument attached or
 * separate) plus Nestor's {@code --state-dir DIR}. Like Kea, {@code -v}, {@code -V} and {@code -W} win at once.
 */
final class CommandLineParser {
    private static final String PROGRAM = "nestor-dhcp4";
    private static final String WITH_ARGUMENT = "cptPT";
    private static final String FLAGS = "dvVW";

    private CommandLine.Action action;
    private Path configFile;
    private int serverPort = 67;
    private int clientPort = 68;
    private boolean debug;
    private Path stateDirectory;

    static CommandLine parse(String[] args) throws UsageException {
        return new CommandLineParser().run(args);
    }

    private CommandLine run(String[] args) throws UsageException {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--state-dir") || arg.startsWith("--state-dir=")) {
                i = stateDir(args, i);
            } else if (arg.startsWith("-") && arg.length() > 1 && !arg.startsWith("--")) {
                i = cluster(args, i);
                if (isVersionAction()) {
                    return result();
                }
            } else {
                throw new UsageException("");
            }
            i++;
        }
        if (action == null) {
            throw new UsageException("Configuration file not specified.");
        }
        return result();
    }

    private int stateDir(String[] args, int i) throws UsageException {
        String value;
        if (args[i].startsWith("--state-dir=")) {
            value = args[i].substring("--state-dir=".length());
        } else if (i + 1 < args.length) {
            value = args[++i];
        } else {
            throw new UsageException(PROGRAM + ": option '--state-dir' requires an argument");
        }
        stateDirectory = Path.of(value);
        return i;
    }

    /** Handles one argument of clustered single-letter options; returns the index of the last argument used. */
    private int cluster(String[] args, int i) throws UsageException {
        String arg = args[i];
        for (int k = 1; k < arg.length(); k++) {
            char option = arg.charAt(k);
            if (FLAGS.indexOf(option) >= 0) {
                flag(option);
                if (isVersionAction()) {
                    return i;
                }
            } else if (WITH_ARGUMENT.indexOf(option) >= 0) {
                String value;
                if (k + 1 < arg.length()) {
                    value = arg.substring(k + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(PROGRAM + ": option requires an argument -- '" + option + "'");
                }
                withArgument(option, value);
                return i;
            } else {
                throw new UsageException(PROGRAM + ": invalid option -- '" + option + "'");
            }
        }
        return i;
    }

    private void flag(char option) {
        switch (option) {
            case 'd' -> debug = true;
            case 'v' -> action = CommandLine.Action.VERSION;
            case 'V' -> action = CommandLine.Action.EXTENDED_VERSION;
            default -> action = CommandLine.Action.BUILD_REPORT;
        }
    }

    private void withArgument(char option, String value) throws UsageException {
        switch (option) {
            case 'c' -> setFile(CommandLine.Action.RUN, value);
            case 't' -> setFile(CommandLine.Action.CHECK, value);
            case 'T' -> setFile(CommandLine.Action.DEEP_CHECK, value);
            case 'p' -> serverPort = port("server", value);
            default -> clientPort = port("client", value);
        }
    }

    /** As in Kea, a check wins over a run whatever the order, and the last file given is used. */
    private void setFile(CommandLine.Action requested, String value) {
        configFile = Path.of(value);
        if (action == null || action == CommandLine.Action.RUN) {
            action = requested;
        }
    }

    private static int port(String which, String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("Failed to parse " + which + " port number: [" + value + "], 1-65535 allowed.");
    }

    private boolean isVersionAction() {
        return action == CommandLine.Action.VERSION || action == CommandLine.Action.EXTENDED_VERSION
                || action == CommandLine.Action.BUILD_REPORT;
    }

    private CommandLine result() {
        return new CommandLine(action, configFile, serverPort, clientPort, debug, stateDirectory);
    }
}
