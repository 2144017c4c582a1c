/**
 * The Faces backing beans of the pages, one package per component, and the page helpers they share.
 */
package de.kundenstimme.presentation;
