/**
 * What every component stands on: schema migrations, the company's clock, i18n messages, problem
 * responses of the REST API and the demo company.
 */
package de.kundenstimme.platform;
