package org.fabrique.core.application;

/** The role names as constants, for {@code @RolesAllowed}; they equal {@code Role.name()}. */
public final class Roles {

    public static final String POLE = "POLE";
    public static final String DIRECTORATE = "DIRECTORATE";
    public static final String ELECTED = "ELECTED";
    public static final String PARTICIPANT = "PARTICIPANT";

    private Roles() {
    }
}
