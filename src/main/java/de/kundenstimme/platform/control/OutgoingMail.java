package de.kundenstimme.platform.control;

/** An e-mail waiting for its transaction to commit: plain text, with a file attached if given. */
public record OutgoingMail(String to, String subject, String body, Attachment attachment) {

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    /** A file sent along, such as a letter's PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
