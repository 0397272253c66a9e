package org.treatylab.domain.forces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;

/** The posture files shipped with TreatyLab, addressable by name, and lookup by name or path. */
public final class Postures {
    /**
     * Shipped posture names: the START I MOU of 1990, sourced estimates for the start of 2009, New START's entry
     * into force (2011-02-05) and the start of 2024, China's forces at the start of 2025 (estimates) and China's
     * projected forces of 2030 and 2035 (status {@code projection}).
     */
    public static final List<String> SHIPPED = List.of("start1-mou-1990", "us-russia-2009", "us-russia-2011",
            "us-russia-2024", "china-2025", "china-2030", "china-2035");
    private static final String DIR = "/org/treatylab/domain/data/postures/";

    private Postures() {
    }

    /** The CSV text of a shipped posture file. */
    public static Optional<String> sourceText(String name) {
        if (!SHIPPED.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Postures.class.getResourceAsStream(DIR + name + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("shipped posture missing from the jar: " + name);
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a posture file, or a shipped posture by name when no such file exists. Several names or files joined by
     * {@code +} ({@code us-russia-2024+china-2025}) are read together, as one set of postures; a party may not be
     * given on the same date by two of them.
     *
     * @param date the date for rows without {@code as_of}, or null
     */
    public static List<Posture> resolve(String nameOrFile, LocalDate date) {
        if (nameOrFile.contains("+") && !Files.exists(Path.of(nameOrFile))) {
            return joined(nameOrFile, date);
        }
        return one(nameOrFile, date);
    }

    private static List<Posture> joined(String names, LocalDate date) {
        List<Posture> all = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String part : names.split("\\+", -1)) {
            if (part.isBlank()) {
                throw new InputException(names + ": an empty name between '+' signs");
            }
            for (Posture p : one(part.trim(), date)) {
                if (!seen.add(p.party() + "/" + p.asOf())) {
                    throw new InputException(names + ": " + p.party() + (p.asOf() == null ? "" : " on " + p.asOf())
                            + " is given by more than one of the joined postures");
                }
                all.add(p);
            }
        }
        all.sort(Comparator.comparing(Posture::asOf, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(all);
    }

    private static List<Posture> one(String nameOrFile, LocalDate date) {
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            return PostureReader.read(p, date);
        }
        String name = nameOrFile.endsWith(".csv") ? nameOrFile.substring(0, nameOrFile.length() - 4) : nameOrFile;
        Optional<String> text = sourceText(name);
        if (text.isPresent()) {
            return PostureReader.parse(name + ".csv", text.get(), date);
        }
        if (Files.exists(p)) {
            throw new InputException(nameOrFile + ": not a regular file");
        }
        throw new InputException(nameOrFile + ": no such file (shipped postures: " + SHIPPED + ")");
    }

    /** {@link #inEffectOn(List, LocalDate, String)} without naming the postures' source in messages. */
    public static List<Posture> inEffectOn(List<Posture> all, LocalDate date) {
        return inEffectOn(all, date, null);
    }

    /**
     * Per party (in report order: US, RU, CN, then others by code), the posture in effect on {@code date} (see
     * {@link #inEffect(List, Party, LocalDate, String)}).
     *
     * @param source how the user named the postures (a file, a shipped name), for messages, or null
     * @throws InputException when a party has several dates and no date is given, or none on or before it
     */
    public static List<Posture> inEffectOn(List<Posture> all, LocalDate date, String source) {
        Set<Party> parties = new java.util.TreeSet<>(Party.ORDER);
        all.forEach(p -> parties.add(p.party()));
        List<Posture> out = new ArrayList<>();
        for (Party p : parties) {
            out.add(inEffect(all, p, date, source));
        }
        return List.copyOf(out);
    }

    /**
     * The one rule for which of a party's postures applies on a date, used by counting and by stability alike:
     * without a date the party must have exactly one posture; with a date, the latest dated on or before it, an
     * undated posture counting as older than any dated one.
     *
     * @param source how the user named the postures, for messages, or null
     * @throws InputException when the party has no posture, several and no date is given, or none on or before it
     */
    public static Posture inEffect(List<Posture> all, Party party, LocalDate date, String source) {
        String where = source == null ? "" : source + ": ";
        List<Posture> mine = all.stream().filter(p -> p.party().equals(party)).toList();
        if (mine.isEmpty()) {
            throw new InputException(where + "no posture rows for " + party);
        }
        if (date == null) {
            if (mine.size() > 1) {
                throw new InputException(where + mine.size() + " dates for " + party + "; give a date");
            }
            return mine.get(0);
        }
        return mine.stream().filter(p -> p.asOf() == null || !p.asOf().isAfter(date))
                .max(Comparator.comparing(Posture::asOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> new InputException(where + "no posture for " + party + " on or before " + date));
    }

    /** The posture of one party in a list, or an error naming the party. */
    public static Posture of(List<Posture> postures, Party party) {
        return postures.stream().filter(p -> p.party().equals(party)).findFirst()
                .orElseThrow(() -> new InputException("no posture rows for " + party));
    }
}
