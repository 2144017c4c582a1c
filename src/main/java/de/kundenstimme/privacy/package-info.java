/**
 * Data protection (DSGVO): who viewed which customer's personal data, and what a customer may ask
 * to see or to have erased.
 */
package de.kundenstimme.privacy;
