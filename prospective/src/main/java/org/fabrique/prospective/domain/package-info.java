/**
 * The prospective workshops' model: cycles, workshops with their closed group of members and the
 * charter they acknowledge, sessions of the three sequences with their attendance and minutes.
 */
package org.fabrique.prospective.domain;
