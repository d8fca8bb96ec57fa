package org.fabrique.web.failing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Added to the WAR by ErrorPageIT only: a page whose bean breaks, as a bug would. */
@Named
@RequestScoped
public class FailingView {

    public String getValue() {
        throw new IllegalStateException("Simulated defect for the error page test");
    }
}
