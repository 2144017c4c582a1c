package de.kundenstimme.customer.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.Map;

/** The customer a case is about; the golden record of the customer-information module. */
@Entity
public class Customer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_number")
    private String customerNumber;
    private String salutation;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String company;
    private String email;
    private String phone;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String title;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "house_number")
    private String houseNumber;
    @Column(name = "address_supplement")
    private String addressSupplement;
    private String country;
    @Column(name = "created_at")
    private Instant createdAt;
    /** Set when a merge folded this customer into another; an unmerge clears it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Customer mergedInto;
    /** For every golden-record attribute the name of the source its value came from. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_provenance", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "attribute")
    @Column(name = "source_name")
    private Map<String, String> provenance = new HashMap<>();
    /** Set by the privacy component when the personal data was erased; read-only here. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;
    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String customerNumber, ContactData contact, Instant createdAt) {
        this.customerNumber = customerNumber;
        this.createdAt = createdAt;
        this.salutation = contact.salutation();
        this.firstName = contact.firstName();
        this.lastName = contact.lastName();
        this.company = contact.company();
        this.email = contact.email();
        this.phone = contact.phone();
        this.street = contact.street();
        this.postalCode = contact.postalCode();
        this.city = contact.city();
    }

    /** Takes the golden record's values; the attribute names are those of {@code CustomerAttribute}. */
    public void adopt(CustomerFields golden, Map<String, String> sources) {
        salutation = golden.salutation();
        title = golden.title();
        firstName = golden.firstName();
        lastName = golden.lastName();
        company = golden.company();
        dateOfBirth = golden.dateOfBirth();
        street = golden.street();
        houseNumber = golden.houseNumber();
        addressSupplement = golden.addressSupplement();
        postalCode = golden.postalCode();
        city = golden.city();
        country = golden.country();
        phone = golden.phones().isEmpty() ? null : golden.phones().get(0);
        email = golden.emails().isEmpty() ? null : golden.emails().get(0);
        if (!provenance.equals(sources)) {
            // replaced only when it differs: a rewritten collection counts as a change of the customer
            provenance.clear();
            provenance.putAll(sources);
        }
    }

    public void mergeInto(Customer survivor) {
        this.mergedInto = survivor;
    }

    public void unmerge() {
        this.mergedInto = null;
    }

    public Customer getMergedInto() {
        return mergedInto;
    }

    public Map<String, String> getProvenance() {
        return provenance;
    }

    /** The names of the sources the golden record draws on, for the badges beside a search hit. */
    public String getSources() {
        return String.join(", ", new TreeSet<>(provenance.values()));
    }

    /** The source a golden-record attribute came from, or null when it was entered here. */
    public String sourceOf(String attribute) {
        return provenance.get(attribute);
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getAddressSupplement() {
        return addressSupplement;
    }

    public String getCountry() {
        return country;
    }

    public Long getId() {
        return id;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getSalutation() {
        return salutation;
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

    public String getEmail() {
        return email;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public String getPhone() {
        return phone;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    /** "Erika Mustermann" or the company when there is no person. */
    public String getDisplayName() {
        String person = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        if (person.isEmpty()) {
            return company == null ? customerNumber : company;
        }
        return company == null ? person : person + " (" + company + ")";
    }
}
