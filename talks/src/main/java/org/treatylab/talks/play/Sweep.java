package org.treatylab.talks.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Scenario;

/**
 * Runs the talks once per value of one delegation's priority (e.g. {@code RU.missile_defense}), the rest unchanged,
 * to show how the agreement moves or fails as that priority changes.
 */
public final class Sweep {
    private Sweep() {
    }

    /** One run of a sweep: the priority's value and what the talks gave. */
    public record Row(double value, TalksResult result) {
    }

    /** A priority named {@code PARTY.CRITERION}. */
    public record Priority(Party party, Criterion criterion) {
        /** @throws InputException naming the text and the expected form */
        public static Priority parse(String text) {
            int dot = text.indexOf('.');
            if (dot <= 0) {
                throw new InputException("priority '" + text + "': expected PARTY.CRITERION, e.g. RU.missile_defense");
            }
            try {
                return new Priority(Party.parse(text.substring(0, dot)),
                        new Criterion(text.substring(dot + 1).replaceFirst("^weight\\.", "")));
            } catch (IllegalArgumentException e) {
                throw new InputException("priority '" + text + "': " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return party + "." + criterion.key();
        }
    }

    public static List<Row> run(Talks base, Priority priority, List<Double> values, Map<Party, String> agents,
            long seed) {
        Scenario s = base.scenario();
        if (!s.parties().contains(priority.party())) {
            throw new InputException("priority " + priority + ": " + priority.party() + " is not a delegation of "
                    + s.id());
        }
        if (!priority.criterion().derived() && s.issue(priority.criterion().key()).isEmpty()) {
            throw new InputException("priority " + priority + ": unknown criterion '" + priority.criterion().key()
                    + "' (known: " + Criterion.derivedKeys() + " or a ranked issue of " + s.id() + ")");
        }
        if (!priority.criterion().derived() && !s.delegation(priority.party()).rankings()
                .containsKey(priority.criterion().key())) {
            throw new InputException("priority " + priority + ": " + priority.party() + " gives no ranking of '"
                    + priority.criterion().key() + "' to weigh");
        }
        List<Row> rows = new ArrayList<>();
        for (double v : values) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new InputException("sweep values must be numbers >= 0, got " + v);
            }
            Scenario changed = s.with(s.delegation(priority.party()).withWeight(priority.criterion(), v));
            Talks t = Talks.of(base.derivation().reweighted(changed));
            rows.add(new Row(v, t.run(t.agentNames(agents), seed)));
        }
        return rows;
    }
}
