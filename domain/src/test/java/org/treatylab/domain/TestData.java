package org.treatylab.domain;

import java.time.LocalDate;
import java.util.List;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;

/** Small helpers for building postures from CSV text in tests. */
public final class TestData {
    private TestData() {
    }

    public static List<Posture> csv(String text) {
        return PostureReader.parse("test.csv", text, null);
    }

    public static Posture one(String text) {
        List<Posture> all = csv(text);
        if (all.size() != 1) {
            throw new IllegalStateException("expected one posture, got " + all.size());
        }
        return all.get(0);
    }

    public static List<Posture> shipped(String name) {
        return Postures.resolve(name, null);
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
