package de.kundenstimme.customer.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What one department's record says about a customer, mapped onto the customer model. Values
 * are kept as the source gave them (blank taken as missing); linking normalises its own copy.
 */
public record CustomerFields(String salutation, String title, String firstName, String lastName, String company,
                             LocalDate dateOfBirth, String street, String houseNumber, String addressSupplement,
                             String postalCode, String city, String country, List<String> phones,
                             List<String> emails) {

    public CustomerFields {
        salutation = blankToNull(salutation);
        title = blankToNull(title);
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        company = blankToNull(company);
        street = blankToNull(street);
        houseNumber = blankToNull(houseNumber);
        addressSupplement = blankToNull(addressSupplement);
        postalCode = blankToNull(postalCode);
        city = blankToNull(city);
        country = blankToNull(country);
        phones = nonBlank(phones);
        emails = nonBlank(emails);
    }

    public boolean hasName() {
        return lastName != null || company != null;
    }

    private static List<String> nonBlank(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(CustomerFields::blankToNull).filter(v -> v != null).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
