package de.kundenstimme.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The text a letter of one type and language starts from: subject and sanitised HTML with placeholders. */
@Entity
@Table(name = "letter_template")
@NamedQuery(name = LetterTemplate.ALL, query = "select t from LetterTemplate t order by t.letterType, t.language")
@NamedQuery(name = LetterTemplate.OF_TYPE_AND_LANGUAGE,
        query = "select t from LetterTemplate t where t.letterType = :type and t.language = :language")
public class LetterTemplate {

    public static final String ALL = "LetterTemplate.all";
    public static final String OF_TYPE_AND_LANGUAGE = "LetterTemplate.ofTypeAndLanguage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type")
    private LetterType letterType;
    private String language;
    private String subject;
    private String body;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected LetterTemplate() {
    }

    public LetterTemplate(LetterType letterType, String language, String subject, String body, String actor, Instant now) {
        this.letterType = letterType;
        this.language = language;
        change(subject, body, actor, now);
    }

    /** The boundary has checked the placeholders and sanitised the body. */
    public void change(String newSubject, String newBody, String actor, Instant now) {
        this.subject = newSubject;
        this.body = newBody;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public LetterType getLetterType() {
        return letterType;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
