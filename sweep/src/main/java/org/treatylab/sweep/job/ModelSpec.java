package org.treatylab.sweep.job;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What each evaluation computes, with the settings that stay fixed across the sweep. */
public sealed interface ModelSpec extends Serializable {

    /** The type as written in job files. */
    String type();

    /**
     * A posture named as the user named it, with the text of a posture file read when the job was loaded (so that a
     * job shipped to other machines carries its inputs); null text for a posture shipped with TreatyLab.
     */
    record PostureSource(String name, String text) implements Serializable {
        public PostureSource {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The counterforce exchange and first-strike stability of two forces, scaled to each grid point.
     *
     * @param partyA side A's party, or null for the first in its postures
     * @param partyB side B's party, or null for the first other party
     * @param date pick the postures in effect on this date, or null
     * @param deliveryVehicles a delivery-vehicle ceiling at every point, or null
     */
    record Stability(PostureSource postureA, String partyA, PostureSource postureB, String partyB, LocalDate date,
            Long deliveryVehicles, double exponent, double enemyWeight, double halfValueEmt, double reserve,
            int resolution) implements ModelSpec {
        public Stability {
            Objects.requireNonNull(postureA, "postureA");
            Objects.requireNonNull(postureB, "postureB");
        }

        @Override
        public String type() {
            return "stability";
        }
    }

    /**
     * The talks of a scenario played to the end.
     *
     * @param scenario a shipped scenario name or a file's name
     * @param text the scenario file's text, or null for a shipped scenario
     */
    record Talks(String scenario, String text) implements ModelSpec {
        public Talks {
            Objects.requireNonNull(scenario, "scenario");
        }

        @Override
        public String type() {
            return "talks";
        }
    }

    /**
     * An analytic test function with known sensitivity indices, to check the estimators: {@code ishigami} (inputs
     * x1..x3, constants a and b) or {@code linear} (inputs x1..xk, y = sum of coefficient · x).
     */
    record Function(String name, List<Double> constants) implements ModelSpec {
        public Function {
            Objects.requireNonNull(name, "name");
            constants = List.copyOf(constants);
        }

        @Override
        public String type() {
            return "function";
        }
    }
}
