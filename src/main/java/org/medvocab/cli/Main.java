package org.medvocab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** medvocab: medical reference documents to an OWL + SKOS vocabulary. */
@Command(name = "medvocab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns medical reference documents into an OWL + SKOS vocabulary and exports it.",
    subcommands = {ConvertCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.err);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
