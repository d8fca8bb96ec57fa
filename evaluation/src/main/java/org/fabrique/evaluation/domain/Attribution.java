package org.fabrique.evaluation.domain;

import java.util.Objects;
import org.fabrique.core.domain.Role;

/**
 * Who a reader may learn said something in an interview: the pôle reads the category and the name;
 * anyone else, a steering committee member included, reads the category only. Quotes are never
 * attributed by name, to anyone: they carry the category alone.
 *
 * @param name the interviewee's name, or null when the reader may not know it (or it was not kept)
 */
public record Attribution(IntervieweeCategory category, String name) {

    public Attribution {
        Objects.requireNonNull(category, "category is required");
    }

    public static Attribution of(Interview interview, Role reader) {
        Objects.requireNonNull(reader, "reader is required");
        return new Attribution(interview.getCategory(), reader == Role.POLE ? interview.getIntervieweeName() : null);
    }
}
