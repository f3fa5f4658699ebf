package org.medvocab.serve;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory that forces each file to disk once. Lucene never changes a file after writing it, but every commit
 * asks to sync all files of the index again (about 35 for the vocabulary's index), which made the text-index commit
 * of a one-concept write cost as much as the TDB2 commit. Only the files new since the last commit are synced now (the
 * new segment and the commit point); a file written again under the same name, or renamed, is synced again.
 */
final class SyncOnceDirectory extends FilterDirectory {
    private final Set<String> synced = ConcurrentHashMap.newKeySet();

    SyncOnceDirectory(Directory in) { super(in); }

    @Override public void sync(Collection<String> names) throws IOException {
        List<String> todo = names.stream().filter(n -> !synced.contains(n)).toList();
        in.sync(todo);
        synced.addAll(todo);
    }

    @Override public IndexOutput createOutput(String name, IOContext context) throws IOException {
        synced.remove(name);
        return in.createOutput(name, context);
    }

    @Override public void deleteFile(String name) throws IOException {
        synced.remove(name);
        in.deleteFile(name);
    }

    @Override public void rename(String source, String dest) throws IOException {
        boolean wasSynced = synced.remove(source);
        synced.remove(dest);
        in.rename(source, dest);
        if (wasSynced) synced.add(dest);   // same file contents; the rename itself is made durable by syncMetaData
    }
}
