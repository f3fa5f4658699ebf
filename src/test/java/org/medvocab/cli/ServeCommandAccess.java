package org.medvocab.cli;

/** Package-private parts of {@link ServeCommand} for tests in other packages. */
public final class ServeCommandAccess {
    private ServeCommandAccess() {}

    public static String portInUse(int port) { return ServeCommand.portInUse(port); }
}
