package org.treatylab.sweep.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatylab.stability.force.ReductionRule;

/** The names each model knows: its grid dimensions, its outputs and the parameters a job may vary. */
public final class ModelNames {
    /** System parameters of the stability model a job may vary, per system. */
    public static final List<String> SYSTEM_PARAMETERS = List.of("yield_kt", "cep_m", "reliability", "hardness_psi",
            "survivable_share", "launchers_per_aimpoint", "warheads_per_launcher");
    /** First-strike parameters of the stability model a job may vary, one value for the exchange. */
    public static final List<String> STRIKE_PARAMETERS = List.of("damage_exponent", "enemy_weight", "half_value_emt",
            "reserve");
    public static final List<String> STABILITY_OUTPUTS = List.of("warheads_a", "warheads_b", "survivors_a",
            "survivors_b", "ratio_a", "ratio_b", "index");
    public static final List<String> TALKS_OUTPUTS = List.of("agreed", "agreed_by_deadline", "warheads",
            "deployed_launchers", "total_launchers", "rounds", "utility_a", "utility_b", "pareto_distance");
    /** The talks' text output: the agreed terms in one line (empty without agreement), for frequencies. */
    public static final List<String> TALKS_TEXT_OUTPUTS = List.of("terms");

    private ModelNames() {
    }

    /** The grid dimensions a model knows. */
    public static Set<String> gridDimensions(ModelSpec model) {
        if (model instanceof ModelSpec.Stability) {
            return Set.of("ceiling", "rule");
        }
        if (model instanceof ModelSpec.Talks) {
            return Set.of("agent_a", "agent_b", "session_seed");
        }
        return Set.of();
    }

    /** The outputs of one evaluation, in column order. */
    public static List<String> outputs(ModelSpec model) {
        if (model instanceof ModelSpec.Stability) {
            return STABILITY_OUTPUTS;
        }
        if (model instanceof ModelSpec.Talks) {
            return TALKS_OUTPUTS;
        }
        return List.of("y");
    }

    /** The text outputs of one evaluation (frequencies only), after the numeric ones. */
    public static List<String> textOutputs(ModelSpec model) {
        return model instanceof ModelSpec.Talks ? TALKS_TEXT_OUTPUTS : List.of();
    }

    /** Null when the model can vary {@code parameter}, else the problem in words. */
    static String checkParameter(ModelSpec model, String parameter) {
        List<String> known = new ArrayList<>();
        if (model instanceof ModelSpec.Stability) {
            known.addAll(SYSTEM_PARAMETERS);
            known.addAll(STRIKE_PARAMETERS);
        } else if (model instanceof ModelSpec.Talks) {
            known.add("weight");
        } else if (model instanceof ModelSpec.Function f) {
            int k = f.name().equals("ishigami") ? 3 : f.constants().size();
            for (int i = 1; i <= k; i++) {
                known.add("x" + i);
            }
        }
        return known.contains(parameter) ? null
                : "the " + model.type() + " model has no parameter '" + parameter + "' (expected one of " + known
                        + ")";
    }

    /** Null when the values fit the dimension, else the problem in words. */
    static String checkGridValues(ModelSpec model, String dimension, List<Object> values) {
        for (Object v : values) {
            switch (dimension) {
                case "ceiling", "session_seed" -> {
                    if (!(v instanceof Long l) || dimension.equals("ceiling") && l < 0) {
                        return "expected whole numbers" + (dimension.equals("ceiling") ? " >= 0" : "") + ", got " + v;
                    }
                }
                case "rule" -> {
                    if (!(v instanceof String s)) {
                        return "expected rule names, got " + v;
                    }
                    try {
                        ReductionRule.parse(s);
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                }
                default -> {
                    if (!(v instanceof String)) {
                        return "expected agent names, got " + v;
                    }
                }
            }
        }
        return values.size() == new java.util.HashSet<>(values).size() ? null : "a value is listed twice";
    }
}
