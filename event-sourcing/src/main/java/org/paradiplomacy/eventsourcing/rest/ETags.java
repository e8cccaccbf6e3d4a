package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;


/**
 * An aggregate's ETag is its stream version. {@code If-Match} takes one version ({@code "3"}, {@code W/"3"} or
 * {@code *}); a command applies only if the stream is still at that version.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names; empty when there is none or it is {@code *}. */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(version);
        } catch (NumberFormatException e) {
            throw new InvalidParameter("If-Match", "'" + ifMatch + "' is not an ETag of this API (a version such as \"3\")");
        }
    }
}
