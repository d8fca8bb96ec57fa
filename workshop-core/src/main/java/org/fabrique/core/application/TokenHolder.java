package org.fabrique.core.application;

import org.fabrique.core.domain.Role;

/** Who a working token belongs to: what the authentication mechanism needs to let the call in. */
public record TokenHolder(String username, Role role) {
}
