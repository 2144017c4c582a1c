package de.kundenstimme.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

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
    @Column(name = "created_at")
    private Instant createdAt;
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
