package org.fabrique.web.it;

/** The demo accounts the tests sign in with (loaded into the tests' own empty database). */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-fabrique";
    public static final String POLE = "pole";
    public static final String DIRECTORATE = "direction";
    public static final String DIRECTORATE_2 = "direction2";
    public static final String ELECTED = "elu";
    public static final String ELECTED_2 = "elu2";
    public static final String PARTICIPANT = "expert";

    private DemoAccounts() {
    }
}
