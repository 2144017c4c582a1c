/**
 * Evaluation and reporting: the figures leadership gets (DOMAIN.md), computed once in the database
 * and shown by the dashboard, the leadership report and GET /api/v1/figures alike.
 */
package de.kundenstimme.reporting;
