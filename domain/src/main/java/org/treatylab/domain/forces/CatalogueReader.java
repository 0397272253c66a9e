package org.treatylab.domain.forces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.SourcedValue;
import org.treatylab.domain.Status;
import org.treatylab.domain.io.CsvTable;

/**
 * Reads a catalogue from two CSV files: {@code systems.csv} (one row per type) and {@code parameters.csv}
 * (one row per type and parameter, each with its own status and source).
 */
public final class CatalogueReader {
    static final String SHIPPED_DIR = "/org/treatylab/domain/data/catalogue/";

    private CatalogueReader() {
    }

    static Catalogue readShipped() {
        return read(CsvTable.parse("catalogue/systems.csv", resource("systems.csv")),
                CsvTable.parse("catalogue/parameters.csv", resource("parameters.csv")));
    }

    private static String resource(String name) {
        try (InputStream in = CatalogueReader.class.getResourceAsStream(SHIPPED_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped catalogue file missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a catalogue; every problem is an {@link InputException} naming file, line and column. */
    public static Catalogue read(CsvTable systems, CsvTable parameters) {
        systems.requireColumns("id", "party", "era", "name", "category");
        parameters.requireColumns("system", "parameter", "value", "status");
        Map<String, Map<SystemParameter, SourcedValue>> params = new LinkedHashMap<>();
        for (CsvTable.Row r : parameters.rows()) {
            String sys = r.required("system");
            SystemParameter p = SystemParameter.byColumn(r.required("parameter"))
                    .orElseThrow(() -> r.error("parameter", "unknown parameter '" + r.text("parameter") + "' (known: "
                            + Arrays.stream(SystemParameter.values()).map(SystemParameter::column).toList() + ")"));
            SourcedValue v;
            try {
                v = SourcedValue.parse(r.required("value"), Status.parse(r.required("status")),
                        r.text("source"), r.text("note"));
            } catch (IllegalArgumentException e) {
                throw r.error("value", e.getMessage());
            }
            String problem = p.problemWith(v.low()) != null ? p.problemWith(v.low()) : p.problemWith(v.high());
            if (problem != null) {
                throw r.error("value", problem);
            }
            if (params.computeIfAbsent(sys, k -> new EnumMap<>(SystemParameter.class)).put(p, v) != null) {
                throw r.error("parameter", "given twice for system '" + sys + "'");
            }
        }
        List<DeliverySystemType> types = new ArrayList<>();
        for (CsvTable.Row r : systems.rows()) {
            String id = r.required("id");
            Party party;
            Category category;
            try {
                party = Party.parse(r.required("party"));
            } catch (IllegalArgumentException e) {
                throw r.error("party", e.getMessage());
            }
            try {
                category = Category.parse(r.required("category"));
            } catch (IllegalArgumentException e) {
                throw r.error("category", e.getMessage());
            }
            List<String> aliases = r.isBlank("aliases") ? List.of()
                    : Arrays.stream(r.text("aliases").split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            types.add(new DeliverySystemType(id, party, (int) r.count("era", -1), r.required("name"), aliases,
                    category, r.text("basing"), r.text("source"), params.getOrDefault(id, Map.of())));
        }
        for (String sys : params.keySet()) {
            if (types.stream().noneMatch(t -> t.id().equals(sys))) {
                throw new InputException(parameters.file() + ": parameters for unknown system '" + sys + "'");
            }
        }
        return new Catalogue(types);
    }
}
