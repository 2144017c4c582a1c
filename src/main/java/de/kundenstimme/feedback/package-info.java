/**
 * Feedback: the customer's verdict on the handling (satisfaction survey after closing) and the
 * managers' quality reviews of closed cases.
 */
package de.kundenstimme.feedback;
