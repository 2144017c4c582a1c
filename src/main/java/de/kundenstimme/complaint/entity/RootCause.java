package de.kundenstimme.complaint.entity;

/**
 * Why the customer had cause to complain (Ursache), recorded when a case is resolved, so that
 * leadership sees what to fix and not only what was complained about.
 */
public enum RootCause {
    PRODUCT_DEFECT,
    PROCESS_ERROR,
    SUPPLIER_OR_CARRIER,
    COMMUNICATION,
    STAFF_CONDUCT,
    IT_SYSTEM,
    PRICING_OR_BILLING,
    NO_FAULT_FOUND,
    OTHER
}
