package org.fabrique.prospective.domain;

/** A session lasts half a day or a whole day. */
public enum SessionLength {
    HALF_DAY,
    FULL_DAY
}
