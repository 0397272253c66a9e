package org.treatylab.domain.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.forces.Posture;

/**
 * A treaty's counting rules: from a posture to numbers per quantity.
 *
 * <p>Implementations are stateless. A posture that lacks data the rules need is an
 * {@link org.treatylab.domain.InputException} naming the row and the missing column.
 */
public interface CountingRuleSet {

    /** Stable id used in treaty files: {@code start-1}, {@code sort}, {@code new-start}. */
    String id();

    String description();

    /** The quantities this rule set counts, in report order. */
    List<Quantity> quantities();

    /** The options a treaty may set, with their defaults. */
    List<RuleOption> options();

    /**
     * Counts one party's posture.
     *
     * @param options complete options (defaults filled in by {@link #withDefaults(Map)})
     * @return a value for every quantity, in {@link #quantities()} order
     */
    Map<String, Long> count(Posture posture, Map<String, String> options);

    /**
     * Checks a treaty's chosen options and fills in the defaults.
     *
     * @throws IllegalArgumentException naming an unknown option or a bad value
     */
    default Map<String, String> withDefaults(Map<String, String> chosen) {
        Map<String, String> all = new LinkedHashMap<>();
        for (RuleOption o : options()) {
            all.put(o.name(), o.defaultValue());
        }
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            RuleOption o = options().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown option '" + e.getKey() + "' for counting "
                            + id() + " (known: " + options().stream().map(RuleOption::name).toList() + ")"));
            String problem = o.problemWith(e.getValue());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            all.put(e.getKey(), e.getValue());
        }
        return all;
    }

    /** True when {@code quantityId} is one of {@link #quantities()}. */
    default boolean counts(String quantityId) {
        return quantities().stream().anyMatch(q -> q.id().equals(quantityId));
    }
}
