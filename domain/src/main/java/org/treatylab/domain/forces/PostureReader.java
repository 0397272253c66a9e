package org.treatylab.domain.forces;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.CsvTable;

/**
 * Reads posture CSV files (the contract in docs/file-formats.md): one or more parties, optionally several dates.
 *
 * <p>Required columns: {@code party, system, category, deployed}. Optional: {@code non_deployed, test, converted,
 * warheads, warheads_total, attribution, alcm_equipped, weapons_per_bomber, as_of, note, source, status}, and any
 * catalogue parameter column such as {@code yield_kt} as a per-row override.
 *
 * <p>{@code warheads} (per deployed missile) and {@code warheads_total} may both be columns of one file, as real
 * declarations mix them (Minuteman III per missile, Trident as a total): each row fills one. A row that fills both is
 * accepted only when they agree ({@code warheads} x {@code deployed} = {@code warheads_total}); otherwise it is
 * refused, naming the row.
 */
public final class PostureReader {
    static final Set<String> COLUMNS = Set.of("party", "system", "category", "deployed", "non_deployed", "test",
            "converted", "warheads", "warheads_total", "attribution", "alcm_equipped", "weapons_per_bomber", "as_of",
            "note", "source", "status");

    private PostureReader() {
    }

    /**
     * Reads a posture file.
     *
     * @param date the date for rows without {@code as_of}, or null
     * @return the postures, one per party and date, in date order then first appearance
     */
    public static List<Posture> read(Path file, LocalDate date) {
        return read(CsvTable.read(file), date);
    }

    /** Reads posture CSV text; {@code name} is used in error messages. */
    public static List<Posture> parse(String name, String text, LocalDate date) {
        return read(CsvTable.parse(name, text), date);
    }

    static List<Posture> read(CsvTable t, LocalDate date) {
        t.requireColumns("party", "system", "category", "deployed");
        t.rejectUnknownColumns(COLUMNS, c -> SystemParameter.byColumn(c).isPresent());
        Map<Key, List<PostureRow>> groups = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            PostureRow row = row(r, date);
            groups.computeIfAbsent(new Key(row.party(), row.asOf()), k -> new ArrayList<>()).add(row);
        }
        if (groups.isEmpty()) {
            throw new InputException(t.file() + ": no posture rows");
        }
        List<Posture> out = new ArrayList<>();
        for (Map.Entry<Key, List<PostureRow>> e : groups.entrySet()) {
            try {
                out.add(new Posture(e.getKey().party(), e.getKey().date(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new InputException(ex.getMessage());
            }
        }
        out.sort(Comparator.comparing(Posture::asOf, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(out);
    }

    private static PostureRow row(CsvTable.Row r, LocalDate date) {
        Party party;
        try {
            party = Party.parse(r.required("party"));
        } catch (IllegalArgumentException e) {
            throw r.error("party", e.getMessage());
        }
        Category category;
        try {
            category = Category.parse(r.required("category"));
        } catch (IllegalArgumentException e) {
            throw r.error("category", e.getMessage());
        }
        String system = r.required("system");
        r.required("deployed");
        long deployed = r.count("deployed");
        Long warheads = r.count("warheads");
        Long warheadsTotal = r.count("warheads_total");
        if (warheads != null && warheadsTotal != null) {
            long product;
            try {
                product = Math.multiplyExact(warheads, deployed);
            } catch (ArithmeticException e) {
                throw r.error("warheads", "'warheads' x 'deployed' is too large");
            }
            if (product != warheadsTotal) {
                throw r.error("warheads_total", "is " + warheadsTotal + ", but 'warheads' " + warheads
                        + " per missile x " + deployed + " deployed is " + product
                        + "; fill one of the two, or both consistently");
            }
        }
        Long attribution = r.count("attribution");
        Long alcm = r.count("alcm_equipped");
        Long weapons = r.count("weapons_per_bomber");
        if (category.isBomber()) {
            for (String c : new String[] {"warheads", "warheads_total", "attribution"}) {
                if (!r.isBlank(c)) {
                    throw r.error(c, "applies to missiles, not to a " + category + " row");
                }
            }
        } else {
            for (String c : new String[] {"alcm_equipped", "weapons_per_bomber"}) {
                if (!r.isBlank(c)) {
                    throw r.error(c, "applies to HEAVY_BOMBER and MEDIUM_BOMBER rows, not to " + category);
                }
            }
        }
        Map<SystemParameter, Double> overrides = new EnumMap<>(SystemParameter.class);
        for (String c : new TreeSet<>(r.columns())) {
            SystemParameter p = SystemParameter.byColumn(c).orElse(null);
            Double v = p == null ? null : r.number(c);
            if (v != null) {
                String problem = p.problemWith(v);
                if (problem != null) {
                    throw r.error(c, problem);
                }
                overrides.put(p, v);
            }
        }
        LocalDate asOf = r.date("as_of");
        try {
            return new PostureRow(party, system, category, deployed, r.count("non_deployed", 0), r.count("test", 0),
                    r.count("converted", 0), warheads, warheadsTotal, attribution, alcm, weapons,
                    asOf != null ? asOf : date, overrides, r.text("note"), r.origin());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private record Key(Party party, LocalDate date) {
    }
}
