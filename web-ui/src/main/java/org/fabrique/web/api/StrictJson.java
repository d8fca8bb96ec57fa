package org.fabrique.web.api;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every JSON body the API reads passes here first, so that it is read strictly in one place (api.md):
 * invalid UTF-8, a duplicated key, a document nested deeper than {@value #MAX_DEPTH} levels, and what
 * {@link JsonShape} refuses against the record it is read into (a string where a number is expected or
 * the reverse, a fraction or an out-of-range number for a whole one, control characters and invalid
 * Unicode in a text, an unknown enum name, a date outside 1900–2200) are a 400 naming the field, before
 * JSON-B, which would quietly round, convert or keep the last of two keys, sees the body.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJson implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !"json".equals(type.getSubtype()) && !type.getSubtype().endsWith("+json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            String text = utf8(body);
            if (!text.isBlank()) {
                List<Problem.FieldError> errors = new ArrayList<>();
                JsonShape.check(structure(text), context.getGenericType(), "", errors);
                if (!errors.isEmpty()) {
                    throw new InvalidQuery(errors);
                }
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("body", "The body is not valid UTF-8.");
        }
    }

    /** Parses the whole document, refusing duplicated keys and deep nesting, into a JSON-P value. */
    static jakarta.json.JsonValue structure(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw invalid("body", "The body is not valid JSON.");
            }
            parser.next();
            jakarta.json.JsonValue value = read(parser, "", 0);
            if (parser.hasNext()) {
                throw invalid("body", "The body has more than one JSON value.");
            }
            return value;
        } catch (jakarta.json.JsonException e) {
            throw invalid("body", "The body is not valid JSON.");
        }
    }

    private static jakarta.json.JsonValue read(JsonParser parser, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid(path, "The body is nested more than " + MAX_DEPTH + " levels deep.");
        }
        JsonParser.Event event = parser.currentEvent();
        switch (event) {
            case START_OBJECT -> {
                var object = Json.createObjectBuilder();
                java.util.Set<String> keys = new java.util.HashSet<>();
                while (parser.next() != JsonParser.Event.END_OBJECT) {
                    String key = parser.getString();
                    String at = path.isEmpty() ? key : path + "." + key;
                    if (!keys.add(key)) {
                        throw invalid(at, at + " appears twice.");
                    }
                    parser.next();
                    object.add(key, read(parser, at, depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                var array = Json.createArrayBuilder();
                int index = 0;
                while (parser.next() != JsonParser.Event.END_ARRAY) {
                    array.add(read(parser, path + "[" + index++ + "]", depth + 1));
                }
                return array.build();
            }
            default -> {
                return parser.getValue();
            }
        }
    }

    static InvalidQuery invalid(String field, String message) {
        return new InvalidQuery(List.of(new Problem.FieldError(field, message)));
    }
}
