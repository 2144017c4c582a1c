package de.kundenstimme.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Quelldatensatz: a customer as one department's system holds it, identified there by its own
 * customer number, and the customer (golden record) it has been linked to.
 */
@Entity
@Table(name = "source_record")
@NamedQuery(name = SourceRecord.BY_KEY,
        query = "select r from SourceRecord r where r.source = :source and r.sourceKey = :key")
@NamedQuery(name = SourceRecord.ALL, query = "select r from SourceRecord r join fetch r.source order by r.id")
@NamedQuery(name = SourceRecord.PENDING, query = "select r from SourceRecord r join fetch r.source where r.keyed = false")
@NamedQuery(name = SourceRecord.OF_CUSTOMER,
        query = "select r from SourceRecord r join fetch r.source where r.customer = :customer"
                + " or r.customer.mergedInto = :customer order by r.source.trustRank, r.id")
public class SourceRecord {

    public static final String BY_KEY = "SourceRecord.byKey";
    public static final String ALL = "SourceRecord.all";
    public static final String OF_CUSTOMER = "SourceRecord.ofCustomer";
    public static final String PENDING = "SourceRecord.pending";
    private static final String LIST_SEPARATOR = "; ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Eager: the sources are few, and every view of a record names its source. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "source_id")
    private CustomerSource source;
    @Column(name = "source_key")
    private String sourceKey;
    private String salutation;
    private String title;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String company;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    private String street;
    @Column(name = "house_number")
    private String houseNumber;
    @Column(name = "address_supplement")
    private String addressSupplement;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String country;
    private String phones;
    private String emails;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** False while the record is new or changed and not yet linked with its block keys stored. */
    private boolean keyed;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    protected SourceRecord() {
    }

    public SourceRecord(CustomerSource source, String sourceKey, CustomerFields fields, Instant now) {
        this.source = source;
        this.sourceKey = sourceKey;
        update(fields, now);
    }

    /** Takes the source's current values; false when they are the ones already held. */
    public boolean update(CustomerFields fields, Instant now) {
        String hash = hash(fields);
        if (hash.equals(contentHash)) {
            return false;
        }
        contentHash = hash;
        updatedAt = now;
        keyed = false;
        salutation = fields.salutation();
        title = fields.title();
        firstName = fields.firstName();
        lastName = fields.lastName();
        company = fields.company();
        dateOfBirth = fields.dateOfBirth();
        street = fields.street();
        houseNumber = fields.houseNumber();
        addressSupplement = fields.addressSupplement();
        postalCode = fields.postalCode();
        city = fields.city();
        country = fields.country();
        phones = fields.phones().isEmpty() ? null : String.join(LIST_SEPARATOR, fields.phones());
        emails = fields.emails().isEmpty() ? null : String.join(LIST_SEPARATOR, fields.emails());
        return true;
    }

    public CustomerFields fields() {
        return new CustomerFields(salutation, title, firstName, lastName, company, dateOfBirth, street, houseNumber,
                addressSupplement, postalCode, city, country, split(phones), split(emails));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
    }

    private static String hash(CustomerFields fields) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.toString(fields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public Long getId() {
        return id;
    }

    public CustomerSource getSource() {
        return source;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Its block keys are stored and it has been linked as it is now. */
    public void markKeyed() {
        keyed = true;
    }

    public boolean isKeyed() {
        return keyed;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getCompany() {
        return company;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getStreet() {
        return street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getPhones() {
        return phones;
    }

    public String getEmails() {
        return emails;
    }
}
