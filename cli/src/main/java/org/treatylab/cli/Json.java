package org.treatylab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON output for CLI reports; the mapper is the one shared with the HTTP server. */
public final class Json {
    public static final ObjectMapper MAPPER = org.treatylab.report.Json.MAPPER;

    private Json() {
    }

    public static String write(Object value) {
        return org.treatylab.report.Json.write(value);
    }
}
