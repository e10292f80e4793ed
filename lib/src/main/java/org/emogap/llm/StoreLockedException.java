package org.emogap.llm;

import java.nio.file.Path;

/** A sample store another run holds: the message names the store and the holder (pid, host, start time). */
public final class StoreLockedException extends IllegalStateException {
    private final Path store;

    StoreLockedException(Path store, String holder) {
        super("the sample store " + store + " is in use by another run (" + holder + "); wait for it to finish or stop it"
                + " (its lock is " + ResponseStore.lockFile(store).getFileName() + ")");
        this.store = store;
    }

    public Path store() { return store; }
}
