/**
 * The shared domain every mission module builds on: people, accounts and roles, directorates, public
 * policies, neighbourhoods, references to records of any module ({@link org.fabrique.core.domain.ResourceRef})
 * and paging, with the repository interfaces that store them. Invariants are checked here.
 */
package org.fabrique.core.domain;
