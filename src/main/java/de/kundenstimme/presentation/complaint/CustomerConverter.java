package de.kundenstimme.presentation.complaint;

import de.kundenstimme.customer.boundary.Customers;
import de.kundenstimme.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * The customer picked in the capture form travels as its id. A CDI bean of its own scope: with
 * annotated bean discovery Faces could otherwise not inject into it.
 */
@ApplicationScoped
@FacesConverter(forClass = Customer.class, managed = true)
public class CustomerConverter implements Converter<Customer> {

    @Inject
    Customers customers;

    @Override
    public Customer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return customers.find(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Customer customer) {
        return customer == null || customer.getId() == null ? "" : customer.getId().toString();
    }
}
