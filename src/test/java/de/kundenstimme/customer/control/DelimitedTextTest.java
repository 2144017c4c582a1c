package de.kundenstimme.customer.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class DelimitedTextTest {

    @TempDir
    Path directory;

    private SourceRow firstRow(byte[] content) throws IOException {
        Path file = Files.write(directory.resolve("upload.csv"), content);
        try (DelimitedText rows = DelimitedText.open(file)) {
            return rows.next();
        }
    }

    @Test
    void utf8WithSemicolonsAndByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Nr;Name\n1;Müller\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        SourceRow row = firstRow(content);

        assertEquals("Müller", row.values().get("Name"));
        assertEquals("1", row.values().get("Nr"));
        assertEquals(2, row.line());
    }

    @Test
    void windows1252WithCommasAsOldExcelWritesThem() throws IOException {
        SourceRow row = firstRow("Nr,Name,Ort\n1,Weiß,Köln\n".getBytes(Charset.forName("windows-1252")));

        assertEquals("Weiß", row.values().get("Name"));
        assertEquals("Köln", row.values().get("Ort"));
    }

    @Test
    void tabsAndQuotedDelimitersAreRead() throws IOException {
        SourceRow row = firstRow("Nr\tName\n1\t\"Meier\tund Söhne\"\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("Meier\tund Söhne", row.values().get("Name"));
    }

    @Test
    void aRowWithTooFewColumnsIsReportedNotDropped() throws IOException {
        Path file = Files.write(directory.resolve("upload.csv"), "Nr;Name;Ort\n1;Schulz\n2;Meyer;Bonn\n".getBytes(StandardCharsets.UTF_8));
        try (DelimitedText rows = DelimitedText.open(file)) {
            SourceRow broken = rows.next();
            SourceRow fine = rows.next();

            assertEquals("customer.import.rejected.columns", broken.problem());
            assertEquals(2, broken.line());
            assertNull(fine.problem());
            assertEquals("Bonn", fine.values().get("Ort"));
            assertFalse(rows.hasNext());
        }
    }
}
