/**
 * Transactional services over the shared domain (one per use-case family): they load, call domain
 * behaviour, store and fire events; the web layer calls them.
 */
package org.fabrique.core.application;
