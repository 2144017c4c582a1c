/**
 * Intake: complaints that arrive without a handler typing them in, through the public web form,
 * the polled mailbox and online mentions.
 */
package de.kundenstimme.intake;
