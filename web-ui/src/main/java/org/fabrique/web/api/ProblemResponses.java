package org.fabrique.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes every operation's errors in the OpenAPI description: a {@code default} response, a {@link Problem}
 * in {@code application/problem+json}, as {@link ProblemMapper} and {@link ViolationMapper} answer. Registered by
 * {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    static final String DESCRIPTION = "An error (400 bad input naming its fields, 401, 403, 404, 409 a stale version "
            + "or a refused transition, 415, 422 an idempotency key reused, 429; 500 with the incident to look up in "
            + "the log), as application/problem+json (RFC 9457)";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null && !responses.hasAPIResponse(APIResponses.DEFAULT)) {
            responses.addAPIResponse(APIResponses.DEFAULT, OASFactory.createAPIResponse().description(DESCRIPTION)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem")))));
        }
        return operation;
    }
}
