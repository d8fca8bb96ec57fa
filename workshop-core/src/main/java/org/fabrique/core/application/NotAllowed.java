package org.fabrique.core.application;

import jakarta.ejb.ApplicationException;

/** A record the caller's role may know exists but may not read or change: refused as forbidden (403). */
@ApplicationException(rollback = true)
public class NotAllowed extends SecurityException {

    private static final long serialVersionUID = 1L;

    public NotAllowed(String what) {
        super(what);
    }
}
