/**
 * Users, roles, departments, categories with their routing, products, the settings and absences with deputies.
 * Also the login: one Jakarta Security mechanism for the pages (form) and the REST API (HTTP Basic).
 */
package de.kundenstimme.administration;
