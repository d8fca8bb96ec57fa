package org.fabrique.web.api;

import java.util.List;

/** Bad query parameters: answered 400 with the list of them. */
public class InvalidQuery extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidQuery(List<Problem.FieldError> errors) {
        super("Invalid query parameters");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
