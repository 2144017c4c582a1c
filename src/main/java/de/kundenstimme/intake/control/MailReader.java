package de.kundenstimme.intake.control;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a message of the mailbox into an {@link IncomingMail}: the first plain-text part as the
 * customer's words (HTML reduced to text when there is none), every part with a file name as an
 * attachment.
 */
public final class MailReader {

    private static final int MAX_KEY = 255;

    private MailReader() {
    }

    public static IncomingMail read(Message message) throws MessagingException, IOException {
        InternetAddress from = sender(message);
        Body body = new Body();
        collect(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? textOfHtml(body.html) : "";
        Instant sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        return new IncomingMail(keyOf(message, from, text), from == null ? null : from.getAddress(),
                from == null ? null : from.getPersonal(), message.getSubject(), text.strip(), sentAt,
                List.copyOf(body.attachments));
    }

    private static InternetAddress sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
    }

    private static void collect(Part part, Body body) throws MessagingException, IOException {
        String fileName = fileNameOf(part);
        if (fileName != null && !part.isMimeType("multipart/*")) {
            try (InputStream in = part.getInputStream()) {
                body.attachments.add(new IncomingMail.Attachment(fileName, baseType(part.getContentType()), in.readAllBytes()));
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body);
            }
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        }
    }

    private static String fileNameOf(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) ? "anhang" : null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase();
    }

    /** Mail without a Message-ID still needs a stable key: a digest of sender, date, subject and text. */
    private static String keyOf(Message message, InternetAddress from, String text) throws MessagingException {
        String id = message instanceof MimeMessage mime ? mime.getMessageID() : null;
        if (id != null && !id.isBlank()) {
            String stripped = id.strip();
            return stripped.length() <= MAX_KEY ? stripped : "sha256:" + sha256(stripped);
        }
        return "sha256:" + sha256(from + "|" + message.getSentDate() + "|" + message.getSubject() + "|" + text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Enough to read an HTML-only mail as a handler: tags out, line breaks kept, entities for the common characters. */
    static String textOfHtml(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }

    private static final class Body {
        private String plain;
        private String html;
        private final List<IncomingMail.Attachment> attachments = new ArrayList<>();
    }
}
