package de.kundenstimme.customer.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as departments export it: UTF-8 (with or without byte order mark) or, when the
 * bytes are no valid UTF-8, Windows-1252 as old Excel writes it; the delimiter is whichever of
 * semicolon, comma, tab or bar the header line uses most.
 */
public final class DelimitedText implements SourceRows {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private DelimitedText(String text) throws IOException {
        char delimiter = delimiter(text);
        Reader reader = new StringReader(text);
        parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .get().parse(reader);
        header = parser.getHeaderNames();
        records = parser.iterator();
    }

    public static DelimitedText open(Path file) {
        try {
            return new DelimitedText(decode(Files.readAllBytes(file)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String headerLine = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long bestCount = 0;
        for (char candidate : DELIMITERS) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public SourceRow next() {
        CSVRecord record;
        int line;
        try {
            record = records.next();
            line = (int) record.getRecordNumber() + 1;
        } catch (UncheckedIOException malformed) {
            return new SourceRow((int) parser.getRecordNumber() + 2, "", Map.of(), "customer.import.rejected.malformed");
        }
        String text = String.join(" | ", record.values());
        if (record.size() != header.size()) {
            return new SourceRow(line, text, Map.of(), "customer.import.rejected.columns");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return new SourceRow(line, text, values, null);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // Closing a string reader cannot fail in a way that matters.
        }
    }
}
