package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.fabrique.core.application.CityClock;
import org.fabrique.web.faces.Messages;

/** Days on the public pages, in the reader's language: a date, or the city's day of an instant. */
@Named
@RequestScoped
public class PublicDays {

    @Inject
    Messages messages;

    public String day(LocalDate day) {
        return day == null ? "" : messages.date(day);
    }

    public String dayOf(Instant at) {
        return at == null ? "" : messages.date(LocalDate.ofInstant(at, CityClock.ZONE));
    }
}
