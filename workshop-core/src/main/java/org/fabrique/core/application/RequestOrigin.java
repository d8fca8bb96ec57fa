package org.fabrique.core.application;

/**
 * Port: the address of the client whose request is being served, for audit events. The web layer
 * provides it; outside a request (a scheduled job) there is none.
 */
public interface RequestOrigin {

    /** The client's address, or null outside a request. */
    String address();
}
