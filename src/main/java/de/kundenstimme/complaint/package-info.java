/**
 * The complaint case: capture from every channel, the lifecycle of DOMAIN.md, owners, resolution steps,
 * deadlines in business days, notes, history, the complaint list and REST API v1.
 */
package de.kundenstimme.complaint;
