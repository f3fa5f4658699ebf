package org.medvocab.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Expands the files and folders given on a command line into the document files to read. */
public final class DocumentCollector {
    private DocumentCollector() {}

    /**
     * Expands files and folders into a sorted, de-duplicated list of document files.
     *
     * <p>Folders are walked recursively (following symbolic links, skipping loops) and contribute
     * only files with a document extension ({@link DocumentFormat#isDocumentFileName}: .txt .text
     * .html .htm .xhtml .md .markdown); hidden files and folders (names starting with ".") are
     * skipped. A file named explicitly is always included, whatever its name. Paths are returned
     * normalised but as given (a relative input yields relative paths), sorted by path; the same
     * file reached twice (by two inputs, or through a link) is listed once.
     *
     * @param inputs files and folders, in any order
     * @return the document files, sorted
     * @throws IngestException if an input does not exist ({@code "no such file or folder"}) or a
     *     folder cannot be listed ({@code "cannot be read (...)"})
     */
    public static List<Path> collect(List<Path> inputs) throws IngestException {
        List<Path> found = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IngestException(input, "no such file or folder");
            }
            if (Files.isDirectory(input)) {
                walk(input, found);
            } else {
                found.add(input);
            }
        }
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        found.stream().map(Path::normalize).sorted().forEach(file -> {
            if (seen.add(identity(file))) {
                files.add(file);
            }
        });
        return List.copyOf(files);
    }

    private static void walk(Path folder, List<Path> found) throws IngestException {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file) && !isProjectFile(file)
                                    && DocumentFormat.isDocumentFileName(file.getFileName().toString())) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException || isHidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            Path where = e instanceof FileSystemException fse && fse.getFile() != null
                    ? Path.of(fse.getFile())
                    : folder;
            throw new IngestException(where, "cannot be read (" + DocumentReader.describe(e) + ")", e);
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /**
     * README, LICENSE, CHANGELOG and similar files describe a folder of documents; they are not documents
     * of it. They are skipped when a folder is walked (a file named explicitly is still read).
     */
    static boolean isProjectFile(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().matches("(?i)(?:readme|license|licence|changelog|contributing|notice|copying)(?:\\..*)?");
    }

    /** The key under which two paths count as the same file: the real path when it can be resolved. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
