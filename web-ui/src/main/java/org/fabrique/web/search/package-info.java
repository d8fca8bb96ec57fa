/**
 * The search box of the layout and its results page: one search over the three missions, each mission
 * searching its own records with its own visibility, grouped by kind.
 */
package org.fabrique.web.search;
