package org.treatylab.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of the edges: the application layer's records with their components in snake_case
 * ({@code requiredCut} is {@code required_cut}), nulls kept (the contract uses them), dates and instants as ISO
 * strings, and the few shapes of {@link ContractModule}. The CLI writes it indented, the HTTP API compact.
 */
public final class Json {
    /** The mapper, indented (also for reading JSON). */
    public static final ObjectMapper MAPPER = mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = mapper().writer();

    private Json() {
    }

    /** The deepest nesting read: the contract's documents nest a few levels. */
    public static final int MAX_DEPTH = 64;
    /** The longest string read (a request body is at most 1 MiB; a file's text travels as one string). */
    public static final int MAX_STRING = 8 * 1024 * 1024;

    /**
     * A new mapper with the contract's configuration (the OpenAPI schemas are derived with one). It reads one
     * document and nothing after it, nested at most {@link #MAX_DEPTH} deep with strings of at most
     * {@link #MAX_STRING} characters.
     */
    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build()).build();
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(new ContractModule());
    }

    /** One line, no indentation: for HTTP answers. */
    public static String compact(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a record back from the contract's JSON (a client of the API, such as the console's remote seat); fields
     * this version does not know are ignored.
     *
     * @throws IllegalArgumentException naming the type when the text is not its JSON
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Indented: for the command line. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
