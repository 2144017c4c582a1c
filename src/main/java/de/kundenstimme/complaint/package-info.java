/**
 * The complaint case: capture from every channel, the lifecycle of DOMAIN.md, owners, resolution steps,
 * deadlines in business days, notes, history, goodwill (Kulanz) with managers' approval, special cases and
 * repeat complainants, the complaint list and REST API v1.
 */
package de.kundenstimme.complaint;
