package org.paradiplomacy.importer;

/** What the importer's commands share in reading their arguments. */
public final class CommandLine {

    private CommandLine() {
    }

    /** The value after the option at {@code i - 1}; a missing one is a usage error. */
    public static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
