package de.kundenstimme.complaint.entity;

/** What a timeline entry records: an internal note or a contact with the customer. */
public enum NoteKind {
    NOTE, PHONE_CALL, EMAIL, LETTER, FINAL_ANSWER_BY_PHONE, MANAGER_COMMENT
}
