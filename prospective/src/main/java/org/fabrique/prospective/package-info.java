/**
 * Mission 3, prospective workshops: cycles, workshops, participants and charter, sequences and
 * sessions, issues, resources, the reference document and its amendments, action plans, figures.
 */
package org.fabrique.prospective;
