package de.kundenstimme.customer.entity;

/** A customer's name and ways to reach them, blank values taken as missing. */
public record ContactData(String salutation, String firstName, String lastName, String company, String email,
                          String phone, String street, String postalCode, String city) {

    public ContactData {
        salutation = blankToNull(salutation);
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        company = blankToNull(company);
        email = blankToNull(email);
        phone = blankToNull(phone);
        street = blankToNull(street);
        postalCode = blankToNull(postalCode);
        city = blankToNull(city);
    }

    public boolean hasName() {
        return lastName != null || company != null;
    }

    /** E-mail, phone or a complete postal address. */
    public boolean hasContact() {
        return email != null || phone != null || (street != null && postalCode != null && city != null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
