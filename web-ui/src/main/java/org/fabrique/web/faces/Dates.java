package org.fabrique.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * {@code #{dates.day(d)}}: a day as the reader reads it ("14 mai 2013", "14 May 2013"), where a converter cannot
 * go, as in a drop-down's labels. Blank for none.
 */
@Named("dates")
@RequestScoped
public class Dates {

    @Inject
    Messages messages;

    public String day(LocalDate day) {
        return day == null ? "" : messages.date(day);
    }
}
