package de.kundenstimme.complaint.boundary;

import de.kundenstimme.customer.entity.ContactData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The customer of a new complaint as the API and the capture screen give it: an existing
 * customer by id, or a new one's name and contact data.
 */
public record CustomerReference(
        Long customerId,
        @Size(max = 20, message = "{customer.salutation.size}") String salutation,
        @Size(max = 100, message = "{customer.firstName.size}") String firstName,
        @Size(max = 100, message = "{customer.lastName.size}") String lastName,
        @Size(max = 160, message = "{customer.company.size}") String company,
        @Email(message = "{customer.email.invalid}") @Size(max = 254, message = "{customer.email.invalid}") String email,
        @Pattern(regexp = "^\\+?[0-9 ()/-]{5,40}$", message = "{customer.phone.invalid}") String phone,
        @Size(max = 160, message = "{customer.street.size}") String street,
        @Pattern(regexp = "^[0-9A-Za-z -]{3,10}$", message = "{customer.postalCode.invalid}") String postalCode,
        @Size(max = 100, message = "{customer.city.size}") String city) {

    public static CustomerReference existing(long customerId) {
        return new CustomerReference(customerId, null, null, null, null, null, null, null, null, null);
    }

    public ContactData contact() {
        return new ContactData(salutation, firstName, lastName, company, email, phone, street, postalCode, city);
    }
}
