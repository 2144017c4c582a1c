package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.CustomerFields;

import java.util.function.Function;

/**
 * The attributes of the golden record and the survivorship rule each follows. Names and the
 * date of birth come from the most trusted source; the given name from the most complete
 * spelling ("Johann" over "J."); address, phone and e-mail from the most recent record, since
 * people move and change numbers. The address parts survive together from one record.
 */
public enum CustomerAttribute {
    SALUTATION(Rule.TRUST_RANK, CustomerFields::salutation),
    TITLE(Rule.TRUST_RANK, CustomerFields::title),
    FIRST_NAME(Rule.MOST_COMPLETE, CustomerFields::firstName),
    LAST_NAME(Rule.TRUST_RANK, CustomerFields::lastName),
    COMPANY(Rule.TRUST_RANK, CustomerFields::company),
    DATE_OF_BIRTH(Rule.TRUST_RANK, fields -> fields.dateOfBirth() == null ? null : fields.dateOfBirth().toString()),
    STREET(Rule.ADDRESS, CustomerFields::street),
    HOUSE_NUMBER(Rule.ADDRESS, CustomerFields::houseNumber),
    ADDRESS_SUPPLEMENT(Rule.ADDRESS, CustomerFields::addressSupplement),
    POSTAL_CODE(Rule.ADDRESS, CustomerFields::postalCode),
    CITY(Rule.ADDRESS, CustomerFields::city),
    COUNTRY(Rule.ADDRESS, CustomerFields::country),
    PHONE(Rule.MOST_RECENT, fields -> fields.phones().isEmpty() ? null : fields.phones().get(0)),
    EMAIL(Rule.MOST_RECENT, fields -> fields.emails().isEmpty() ? null : fields.emails().get(0));

    private final Rule rule;
    private final Function<CustomerFields, String> reader;

    CustomerAttribute(Rule rule, Function<CustomerFields, String> reader) {
        this.rule = rule;
        this.reader = reader;
    }

    public Rule rule() {
        return rule;
    }

    public String of(CustomerFields fields) {
        return reader.apply(fields);
    }

    public enum Rule {
        /** The value of the most trusted source that has one; among equals the most recent. */
        TRUST_RANK,
        /** The value of the most recently changed record that has one. */
        MOST_RECENT,
        /** The longest value; among equals the most trusted. */
        MOST_COMPLETE,
        /** Taken, like every address part, from the most recent record with a complete address. */
        ADDRESS
    }
}
