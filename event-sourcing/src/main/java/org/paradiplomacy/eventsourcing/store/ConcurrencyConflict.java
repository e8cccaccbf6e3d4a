package org.paradiplomacy.eventsourcing.store;

/**
 * An append whose expected version is no longer the stream's version: somebody else wrote first. Services
 * answer 412 when the client sent {@code If-Match}, 409 otherwise.
 */
public class ConcurrencyConflict extends RuntimeException {

    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyConflict(String streamId, long expectedVersion, long actualVersion) {
        super("Stream " + streamId + " is at version " + (actualVersion < 0 ? "unknown" : actualVersion)
                + ", not at the expected version " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found, or -1 when it is not known (a concurrent append won the race). */
    public long actualVersion() {
        return actualVersion;
    }
}
