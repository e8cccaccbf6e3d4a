package org.paradiplomacy.eventsourcing.outbox;

/**
 * Topic names: one topic per stream type, {@code paradiplomacy.<stream type>s.v1}, such as
 * {@code paradiplomacy.actors.v1} for the streams of type {@code actor}.
 */
public final class Topics {

    public static final String PREFIX = "paradiplomacy.";
    public static final String VERSION_SUFFIX = ".v1";

    private Topics() {
    }

    public static String forStreamType(String streamType) {
        return PREFIX + streamType + "s" + VERSION_SUFFIX;
    }
}
