package org.treatylab.domain.forces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatylab.domain.InputException;

/** The posture files shipped with TreatyLab, addressable by name, and lookup by name or path. */
public final class Postures {
    /**
     * Shipped posture names: the START I MOU of 1990, and sourced estimates for the start of 2009, New START's entry
     * into force (2011-02-05) and the start of 2024.
     */
    public static final List<String> SHIPPED = List.of("start1-mou-1990", "us-russia-2009", "us-russia-2011",
            "us-russia-2024");
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
     * Reads a posture file, or a shipped posture by name when no such file exists.
     *
     * @param date the date for rows without {@code as_of}, or null
     */
    public static List<Posture> resolve(String nameOrFile, LocalDate date) {
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

    /**
     * Per party (in order of first appearance), the posture in effect on {@code date}: the latest dated on or
     * before it, or the undated one.
     *
     * @throws InputException when a party has several dates and no date is given, or none on or before it
     */
    public static List<Posture> inEffectOn(List<Posture> all, LocalDate date) {
        java.util.Map<org.treatylab.domain.Party, Posture> chosen = new java.util.LinkedHashMap<>();
        java.util.Map<org.treatylab.domain.Party, Integer> dates = new java.util.HashMap<>();
        for (Posture p : all) {
            dates.merge(p.party(), 1, Integer::sum);
            chosen.putIfAbsent(p.party(), null);
        }
        for (Posture p : all) {
            if (date == null && dates.get(p.party()) > 1) {
                throw new InputException("the posture has " + dates.get(p.party()) + " dates for " + p.party()
                        + "; give a date, or assess it as a series");
            }
            if (p.asOf() != null && date != null && p.asOf().isAfter(date)) {
                continue;
            }
            Posture prev = chosen.get(p.party());
            if (prev == null || prev.asOf() != null && p.asOf() != null && p.asOf().isAfter(prev.asOf())) {
                chosen.put(p.party(), p);
            }
        }
        for (java.util.Map.Entry<org.treatylab.domain.Party, Posture> e : chosen.entrySet()) {
            if (e.getValue() == null) {
                throw new InputException("no posture for " + e.getKey() + " on or before " + date);
            }
        }
        return List.copyOf(chosen.values());
    }

    /** The posture of one party in a list, or an error naming the party. */
    public static Posture of(List<Posture> postures, org.treatylab.domain.Party party) {
        return postures.stream().filter(p -> p.party().equals(party)).findFirst()
                .orElseThrow(() -> new InputException("no posture rows for " + party));
    }
}
