package de.kundenstimme.complaint.boundary;

import de.kundenstimme.platform.control.InvalidInput;
import jakarta.ws.rs.core.EntityTag;

/** The case's version as ETag, and If-Match read back: required for every change. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Without If-Match a client could overwrite what it never saw: 428. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "api.ifMatch.malformed");
        }
    }
}
