package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.CustomerFields;

import java.time.Instant;

/**
 * One source record as the linker sees it: its id, the source it came from with that source's
 * trust rank (1 is the most trusted), when the source last changed it, and its fields.
 */
public record SourceIdentity(long id, String source, int trustRank, Instant updatedAt, CustomerFields fields) {
}
