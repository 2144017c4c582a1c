/**
 * Users, roles, departments, categories with their routing, products and the settings (deadlines, holiday region).
 * Also the login: one Jakarta Security mechanism for the pages (form) and the REST API (HTTP Basic).
 */
package de.kundenstimme.administration;
