package org.fabrique.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B engine for the whole API, with the default configuration. Without a resolver, RESTEasy's JSON-B
 * provider builds a new engine for every body it reads or writes, and each new engine inspects the classes it
 * binds again: a third of the time of {@code GET /api/me} went there. A JSON-B engine is safe to share between
 * threads and keeps what it learnt of each class.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
