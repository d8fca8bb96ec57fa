package org.fabrique.core.application;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist, or the caller may not know it exists. */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String kind, Object id) {
        super("No " + kind + " with id " + id + ".");
    }
}
