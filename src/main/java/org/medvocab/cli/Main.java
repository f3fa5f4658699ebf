package org.medvocab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** medvocab: medical reference documents to an OWL + SKOS vocabulary. */
@Command(name = "medvocab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns medical reference documents into an OWL + SKOS vocabulary, validates it and exports it.",
    subcommands = {ConvertCommand.class, ValidateCommand.class, ExportCommand.class, EvalCommand.class, LinkCommand.class, BenchLinkCommand.class, BenchCommand.class, BenchWebCommand.class, LexiconCommand.class, ServeCommand.class, QueryCommand.class, ReasonCommand.class, ReportCommand.class, DiffCommand.class, PackageCommand.class, PublishCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: print the usage and exit with the usage-error status. */
    @Override public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
