package de.kundenstimme.customer.entity;

/** The fields of the customer model a source's columns are mapped to. */
public enum MappedField {
    SOURCE_KEY, SALUTATION, TITLE, FIRST_NAME, LAST_NAME, COMPANY, DATE_OF_BIRTH, STREET, HOUSE_NUMBER,
    ADDRESS_SUPPLEMENT, POSTAL_CODE, CITY, COUNTRY, PHONES, EMAILS
}
