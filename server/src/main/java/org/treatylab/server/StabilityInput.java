package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.domain.InputException;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.report.StabilitySides;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.force.ReductionRule;

/**
 * Reading and bounding the input of the stability routes: every problem is a 400 (or 404 for an unknown shipped
 * posture) naming the field. The bounds keep one request from occupying the machine: the engine's work grows with
 * the warheads on each side, the number of ceilings and the Monte Carlo trials.
 */
final class StabilityInput {
    /** More than any side ever deployed (about 13,000 strategic warheads in 1990) with room for what-ifs. */
    static final long MAX_WARHEADS_PER_SIDE = 30_000;
    static final long MAX_VEHICLES_PER_SIDE = 30_000;
    static final int MAX_SYSTEMS_PER_SIDE = 100;
    static final int MAX_CEILINGS = 60;
    static final long MAX_CEILING = 1_000_000;
    static final int MAX_CUTS = 10;
    static final int MAX_TRIALS = 100_000;
    /**
     * Trials times attacking warheads: at most about a second of Monte Carlo on one core of the 2-core build machine
     * (measured: 30,000 warheads a side in 100 systems, 6,666 trials, took 2-5 s).
     */
    static final long MAX_TRIAL_WARHEADS = 50_000_000L;

    private StabilityInput() {
    }

    /** A number field within [min, max], or {@code dflt} when absent. */
    static double decimal(JsonNode body, String field, double dflt, double min, double max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw ApiError.badRequest("field '" + field + "' must be a number");
        }
        double v = n.asDouble();
        if (!(v >= min && v <= max)) {
            throw ApiError.badRequest("field '" + field + "' must be within [" + trim(min) + ", " + trim(max)
                    + "], got " + n.asText());
        }
        return v;
    }

    /** A share within [0, 1), 0 when absent. */
    static double share(JsonNode body, String field) {
        JsonNode n = body.get(field);
        double v = n == null || n.isNull() ? 0 : decimal(body, field, 0, -Double.MAX_VALUE, Double.MAX_VALUE);
        if (!(v >= 0 && v < 1)) {
            throw ApiError.badRequest("field '" + field + "' must be within [0, 1), got " + n.asText());
        }
        return v;
    }

    /** A number field that must be greater than 0 (and at most {@code max}). */
    static double positive(JsonNode body, String field, double max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.badRequest("field '" + field + "' is required");
        }
        double v = decimal(body, field, Double.NaN, 0, max);
        if (v <= 0) {
            throw ApiError.badRequest("field '" + field + "' must be > 0, got " + n.asText());
        }
        return v;
    }

    /** A list of whole numbers, each within [min, max], at most {@code maxSize} of them; {@code dflt} when absent. */
    static List<Long> wholeNumbers(JsonNode body, String field, List<Long> dflt, long min, long max, int maxSize) {
        List<Double> raw = numbers(body, field, maxSize);
        if (raw == null) {
            return dflt;
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            double v = raw.get(i);
            if (v != Math.rint(v) || v < min || v > max) {
                throw ApiError.badRequest("field '" + field + "'[" + i + "] must be a whole number within [" + min
                        + ", " + max + "], got " + trim(v));
            }
            out.add((long) v);
        }
        return out;
    }

    /** A list of numbers, each within [min, max), at most {@code maxSize}; {@code dflt} when absent. */
    static List<Double> decimals(JsonNode body, String field, List<Double> dflt, double min, double maxExclusive,
            int maxSize) {
        List<Double> raw = numbers(body, field, maxSize);
        if (raw == null) {
            return dflt;
        }
        for (int i = 0; i < raw.size(); i++) {
            double v = raw.get(i);
            if (!(v >= min && v < maxExclusive)) {
                throw ApiError.badRequest("field '" + field + "'[" + i + "] must be within [" + trim(min) + ", "
                        + trim(maxExclusive) + "), got " + trim(v));
            }
        }
        return raw;
    }

    private static List<Double> numbers(JsonNode body, String field, int maxSize) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw ApiError.badRequest("field '" + field + "' must be an array of numbers");
        }
        if (n.size() > maxSize) {
            throw ApiError.badRequest("field '" + field + "' has " + n.size() + " values; at most " + maxSize
                    + " are accepted");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isNumber()) {
                throw ApiError.badRequest("field '" + field + "'[" + i + "] must be a number, got " + n.get(i));
            }
            out.add(n.get(i).asDouble());
        }
        return out;
    }

    static ReductionRule rule(String field, String value) {
        try {
            return ReductionRule.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("field '" + field + "': " + e.getMessage());
        }
    }

    /**
     * The postures named by {@code field} (a shipped name) or {@code field_csv} (CSV text with the optional
     * parameter columns); exactly one of them unless {@code fallback} is given for neither.
     */
    static Named postures(JsonNode body, String field, Named fallback) {
        String name = Requests.text(body, field);
        String csv = Requests.text(body, field + "_csv");
        if (name != null && csv != null || name == null && csv == null && fallback == null) {
            throw ApiError.badRequest("give exactly one of '" + field + "' (a shipped posture name) or '" + field
                    + "_csv' (posture CSV text)");
        }
        if (name == null && csv == null) {
            return fallback;
        }
        if (name != null) {
            if (!Postures.SHIPPED.contains(name)) {
                throw ApiError.notFound("field '" + field + "': no shipped posture '" + name + "' (shipped: "
                        + Postures.SHIPPED + ")");
            }
            return new Named(name, Postures.resolve(name, null));
        }
        return new Named(field + "_csv", FoundationRoutes.readPosture(csv));
    }

    /** Postures and how the request named them. */
    record Named(String source, List<Posture> postures) {
    }

    /** Picks both sides (see {@link StabilitySides}) and checks that neither is too large to assess. */
    static StabilitySides sides(JsonNode body, Named a, String partyA, Named b, String partyB) {
        LocalDate date = Requests.date("date", Requests.text(body, "date"));
        StabilitySides s;
        try {
            s = StabilitySides.pick(a.postures(), a.source(), Requests.party(partyA, Requests.text(body, partyA)),
                    b.postures(), b.source(), Requests.party(partyB, Requests.text(body, partyB)), date);
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        bounded(s.a());
        bounded(s.b());
        return s;
    }

    private static void bounded(Force f) {
        if (f.size() > MAX_SYSTEMS_PER_SIDE) {
            throw ApiError.badRequest(f.party() + " has " + f.size() + " systems; at most " + MAX_SYSTEMS_PER_SIDE
                    + " per side are accepted");
        }
        long warheads = 0;
        long vehicles = 0;
        for (ForceSystem s : f.systems()) {
            // Checked per system first so that a huge row cannot overflow the totals.
            if (s.warheads() > MAX_WARHEADS_PER_SIDE || s.launchers() > MAX_VEHICLES_PER_SIDE) {
                throw tooLarge(f, s.profile().name() + " alone has " + s.launchers() + " launchers and "
                        + s.warheads() + " warheads");
            }
            warheads += s.warheads();
            vehicles += s.launchers();
        }
        if (warheads > MAX_WARHEADS_PER_SIDE || vehicles > MAX_VEHICLES_PER_SIDE) {
            throw tooLarge(f, "it has " + vehicles + " delivery vehicles and " + warheads + " warheads");
        }
    }

    private static ApiError tooLarge(Force f, String what) {
        return ApiError.badRequest("the posture of " + f.party() + " is too large to assess here: " + what
                + " (at most " + MAX_WARHEADS_PER_SIDE + " warheads and " + MAX_VEHICLES_PER_SIDE
                + " delivery vehicles per side)");
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
