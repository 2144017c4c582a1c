/**
 * The customer a complaint is about: search on the phone and taking in new customers with their complaint.
 * Grows into the golden record of the customer-information module.
 */
package de.kundenstimme.customer;
