package org.medvocab.cli;

import org.medvocab.model.VocabularyConfig;
import picocli.CommandLine;

/** Prints the version the build stamped into the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
        return new String[] {"medvocab " + VocabularyConfig.defaults().version()};
    }
}
