/**
 * Security building blocks that do not depend on the web layer, such as password hashing.
 */
package org.fabrique.core.security;
