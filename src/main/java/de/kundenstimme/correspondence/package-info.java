/**
 * Correspondence: letter templates, letters drafted on a case, their DIN 5008 PDF, the four-eyes
 * review, dispatch by e-mail or post, the archive of what was sent and the automatic follow-up letter.
 */
package de.kundenstimme.correspondence;
