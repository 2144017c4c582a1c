package de.kundenstimme.customer.control;

import java.util.Map;

/**
 * One row as a source gave it: its line (1 is the header of a file, so data starts at 2; a
 * query counts from 1), its text for the rejection report, and its values by column, or the
 * problem that kept it from being read.
 */
public record SourceRow(int line, String text, Map<String, String> values, String problem) {
}
