package org.treatylab.sweep.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.io.TextFiles;
import org.treatylab.talks.scenario.Scenarios;

/**
 * Reads a job file (JSON; the format is in docs/sweeps.md). Every error is one {@link JobException} that names the
 * file and the field ("job.json: vary[2].distribution.low: expected a number, got \"x\"").
 */
public final class JobReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("name", "kind", "description", "seed", "draws", "samples", "model",
            "grid", "vary", "summary", "keep");

    private final String origin;
    private final Path base;
    private final StringBuilder inputs = new StringBuilder();

    private JobReader(String origin, Path base) {
        this.origin = origin;
        this.base = base;
    }

    /** Reads a job file; posture files it names are found relative to the job file's folder. */
    public static Job read(Path file) {
        String text = TextFiles.read(file);
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, dir);
    }

    /**
     * Parses a job's text.
     *
     * @param origin the file name for messages
     * @param base the folder against which relative file names in the job are resolved, or null to refuse files
     *     (only shipped postures and scenarios; for jobs that arrive over the network)
     */
    public static Job parse(String origin, String text, Path base) {
        JobReader r = new JobReader(origin, base);
        try {
            return r.job(text);
        } catch (JobException e) {
            throw new JobException(origin + ": " + e.getMessage());
        }
    }

    private Job job(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new JobException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new JobException("the file is empty");
        }
        Node top = new Node(root, "").onlyKeys(TOP);
        String name = top.at("name").text();
        Kind kind;
        try {
            kind = Kind.parse(top.at("kind").text());
        } catch (IllegalArgumentException e) {
            throw top.at("kind").error(e.getMessage());
        }
        String description = top.at("description").text("");
        long seed = top.at("seed").whole(1);
        String countKey = kind == Kind.SENSITIVITY ? "samples" : "draws";
        String otherKey = kind == Kind.SENSITIVITY ? "draws" : "samples";
        if (top.has(otherKey)) {
            throw top.at(otherKey).error("a " + kind.id() + " job gives '" + countKey + "', not '" + otherKey + "'");
        }
        long samples = top.at(countKey).whole();
        if (samples < 1) {
            throw top.at(countKey).error("must be >= 1, got " + samples);
        }
        ModelSpec model = model(top.at("model"), kind);
        List<GridDimension> grid = grid(top.at("grid"), model);
        List<Factor> vary = vary(top.at("vary"), model);
        if (kind == Kind.SENSITIVITY && vary.isEmpty()) {
            throw top.at("vary").error("a sensitivity job needs at least one input to vary");
        }
        Node summary = top.at("summary");
        List<SummaryTable> tables = tables(summary, grid, model, kind);
        List<String> sobol = sobol(summary, model, kind);
        String keep = top.at("keep").text("rows");
        if (!keep.equals("rows") && !keep.equals("summary")) {
            throw top.at("keep").error("expected rows or summary, got '" + keep + "'");
        }
        if (keep.equals("summary") && (kind != Kind.SENSITIVITY || !tables.isEmpty())) {
            throw top.at("keep").error("'summary' keeps the Sobol sums alone: for a sensitivity job without "
                    + "summary.tables (bands need every value)");
        }
        try {
            return new Job(name, kind, description, seed, samples, model, grid, vary, tables, sobol,
                    fingerprint(text), text, keep.equals("rows"));
        } catch (IllegalArgumentException e) {
            throw top.at("name").error(e.getMessage());
        }
    }

    private ModelSpec model(Node n, Kind kind) {
        n.object();
        String type = n.at("type").text();
        ModelSpec spec = switch (type) {
            case "stability" -> stability(n);
            case "talks" -> talks(n);
            case "function" -> function(n);
            default -> throw n.at("type").error("unknown model '" + type + "' (expected stability, talks or function)");
        };
        boolean fits = switch (kind) {
            case STABILITY_UNCERTAINTY -> spec instanceof ModelSpec.Stability;
            case TALKS_ROBUSTNESS -> spec instanceof ModelSpec.Talks;
            case SENSITIVITY -> true;
        };
        if (!fits) {
            throw n.at("type").error("a " + kind.id() + " job runs the "
                    + (kind == Kind.STABILITY_UNCERTAINTY ? "stability" : "talks") + " model, got '" + type + "'");
        }
        return spec;
    }

    private ModelSpec.Stability stability(Node n) {
        n.onlyKeys(Set.of("type", "posture_a", "party_a", "posture_b", "party_b", "date", "delivery_vehicles",
                "first_strike"));
        ModelSpec.PostureSource a = posture(n.at("posture_a"));
        ModelSpec.PostureSource b = n.has("posture_b") ? posture(n.at("posture_b")) : a;
        LocalDate date = null;
        if (n.has("date")) {
            try {
                date = LocalDate.parse(n.at("date").text());
            } catch (DateTimeParseException e) {
                throw n.at("date").error("expected a date YYYY-MM-DD, got '" + n.at("date").text() + "'");
            }
        }
        Long dv = n.has("delivery_vehicles") ? n.at("delivery_vehicles").whole() : null;
        if (dv != null && dv < 0) {
            throw n.at("delivery_vehicles").error("must be >= 0, got " + dv);
        }
        double exponent = 0.75;
        double weight = 0.3;
        double halfValue = 50;
        double reserve = 0;
        int resolution = 64;
        if (n.has("first_strike")) {
            Node fs = n.at("first_strike").onlyKeys(Set.of("exponent", "enemy_weight", "half_value_emt", "reserve",
                    "resolution"));
            exponent = fs.at("exponent").number(exponent);
            weight = fs.at("enemy_weight").number(weight);
            halfValue = fs.at("half_value_emt").number(halfValue);
            reserve = fs.at("reserve").number(reserve);
            long res = fs.at("resolution").whole(resolution);
            if (res < 1 || res > 4096) {
                throw fs.at("resolution").error("must be within [1, 4096], got " + res);
            }
            resolution = (int) res;
            try {
                new org.treatylab.stability.exchange.FirstStrikeParams(exponent, weight, halfValue, reserve,
                        resolution);
            } catch (IllegalArgumentException e) {
                throw fs.error(e.getMessage());
            }
        }
        return new ModelSpec.Stability(a, party(n.at("party_a")), b, party(n.at("party_b")), date, dv, exponent,
                weight, halfValue, reserve, resolution);
    }

    private String party(Node n) {
        if (!n.present()) {
            return null;
        }
        try {
            return org.treatylab.domain.Party.parse(n.text()).code();
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private ModelSpec.PostureSource posture(Node n) {
        String name = n.text();
        String shipped = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        if (Postures.SHIPPED.contains(shipped) && (base == null || !Files.isRegularFile(base.resolve(name)))) {
            inputs.append("posture:").append(shipped).append('\n');
            return new ModelSpec.PostureSource(shipped, null);
        }
        if (base == null) {
            throw n.error("only shipped postures here " + Postures.SHIPPED + ", got '" + name + "'");
        }
        Path p = base.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw n.error("no such posture file '" + name + "' (shipped postures: " + Postures.SHIPPED + ")");
        }
        String text = TextFiles.read(p);
        inputs.append("posture:").append(name).append('\n').append(text).append('\n');
        return new ModelSpec.PostureSource(name, text);
    }

    private ModelSpec.Talks talks(Node n) {
        n.onlyKeys(Set.of("type", "scenario"));
        String name = n.at("scenario").text();
        if (Scenarios.SHIPPED.contains(name)) {
            inputs.append("scenario:").append(name).append('\n');
            return new ModelSpec.Talks(name, null);
        }
        if (base == null) {
            throw n.at("scenario").error("only shipped scenarios here " + Scenarios.SHIPPED + ", got '" + name + "'");
        }
        Path p = base.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw n.at("scenario").error("no such scenario file '" + name + "' (shipped scenarios: "
                    + Scenarios.SHIPPED + ")");
        }
        String text = TextFiles.read(p);
        inputs.append("scenario:").append(name).append('\n').append(text).append('\n');
        return new ModelSpec.Talks(p.toString(), text);
    }

    private ModelSpec.Function function(Node n) {
        n.onlyKeys(Set.of("type", "name", "a", "b", "coefficients"));
        String name = n.at("name").text();
        switch (name) {
            case "ishigami":
                return new ModelSpec.Function(name, List.of(n.at("a").number(7), n.at("b").number(0.1)));
            case "linear":
                List<Double> c = new ArrayList<>();
                for (Node x : n.at("coefficients").list()) {
                    c.add(x.number());
                }
                if (c.isEmpty()) {
                    throw n.at("coefficients").error("give at least one coefficient");
                }
                return new ModelSpec.Function(name, c);
            default:
                throw n.at("name").error("unknown function '" + name + "' (expected ishigami or linear)");
        }
    }

    private List<GridDimension> grid(Node n, ModelSpec model) {
        List<GridDimension> out = new ArrayList<>();
        if (!n.present()) {
            return out;
        }
        n.onlyKeys(ModelNames.gridDimensions(model));
        var fields = n.json().fields();
        while (fields.hasNext()) {
            var e = fields.next();
            Node d = n.at(e.getKey());
            List<Object> values = new ArrayList<>();
            if (d.json().isObject()) {
                d.onlyKeys(Set.of("from", "to", "step"));
                long from = d.at("from").whole();
                long to = d.at("to").whole();
                long step = d.at("step").whole();
                if (step == 0 || (to - from) / step < 0 || (to - from) / step > 100_000) {
                    throw d.error("from " + from + " to " + to + " by " + step + " is not a range of 1 to 100,001 "
                            + "values");
                }
                for (long v = from; step > 0 ? v <= to : v >= to; v += step) {
                    values.add(v);
                }
            } else {
                for (Node v : d.list()) {
                    if (v.json().isIntegralNumber()) {
                        values.add(v.whole());
                    } else if (v.json().isTextual()) {
                        values.add(v.text());
                    } else {
                        throw v.error("expected a whole number or a text, got " + v.json());
                    }
                }
                if (values.isEmpty()) {
                    throw d.error("give at least one value");
                }
            }
            String problem = ModelNames.checkGridValues(model, e.getKey(), values);
            if (problem != null) {
                throw d.error(problem);
            }
            out.add(new GridDimension(e.getKey(), values));
        }
        return out;
    }

    private List<Factor> vary(Node n, ModelSpec model) {
        List<Factor> out = new ArrayList<>();
        if (!n.present()) {
            return out;
        }
        Set<String> names = new HashSet<>();
        for (Node f : n.list()) {
            f.onlyKeys(Set.of("name", "parameter", "party", "systems", "criteria", "distribution", "relative",
                    "shared", "rationale"));
            String parameter = f.at("parameter").text();
            String problem = ModelNames.checkParameter(model, parameter);
            if (problem != null) {
                throw f.at("parameter").error(problem);
            }
            String name = f.at("name").text(parameter);
            if (!names.add(name)) {
                throw f.at("name").error("two inputs are named '" + name + "'");
            }
            String party = f.has("party") ? f.at("party").text() : "*";
            if (!party.equals("*")) {
                party = party(f.at("party"));
            }
            String listKey = model instanceof ModelSpec.Talks ? "criteria" : "systems";
            String otherKey = model instanceof ModelSpec.Talks ? "systems" : "criteria";
            if (f.has(otherKey)) {
                throw f.at(otherKey).error("not a field of a " + model.type() + " input (use '" + listKey + "')");
            }
            List<String> systems = f.has(listKey) ? f.at(listKey).texts() : List.of("*");
            if (systems.contains("*")) {
                systems = List.of();
            }
            boolean relative = f.at("relative").bool(false);
            Distribution dist = distribution(f.at("distribution"));
            if (dist instanceof Distribution.CatalogueRange && !(model instanceof ModelSpec.Stability
                    && ModelNames.SYSTEM_PARAMETERS.contains(parameter))) {
                throw f.at("distribution.type").error("'catalogue' draws a system parameter of the stability model");
            }
            if (dist instanceof Distribution.CatalogueRange && relative) {
                throw f.at("relative").error("a catalogue range is already relative to each system's value");
            }
            out.add(new Factor(name, parameter, party, systems, dist, relative, f.at("shared").bool(false),
                    f.at("rationale").text("")));
        }
        return out;
    }

    private Distribution distribution(Node n) {
        n.object();
        String type = n.at("type").text();
        try {
            return switch (type) {
                case "uniform" -> {
                    n.onlyKeys(Set.of("type", "low", "high"));
                    yield new Distribution.Uniform(n.at("low").number(), n.at("high").number());
                }
                case "triangular" -> {
                    n.onlyKeys(Set.of("type", "low", "mode", "high"));
                    yield new Distribution.Triangular(n.at("low").number(), n.at("mode").number(),
                            n.at("high").number());
                }
                case "normal" -> {
                    n.onlyKeys(Set.of("type", "mean", "sd", "low", "high"));
                    yield new Distribution.TruncatedNormal(n.at("mean").number(), n.at("sd").number(),
                            n.at("low").number(Double.NEGATIVE_INFINITY), n.at("high").number(Double.POSITIVE_INFINITY));
                }
                case "log-uniform" -> {
                    n.onlyKeys(Set.of("type", "low", "high"));
                    yield new Distribution.LogUniform(n.at("low").number(), n.at("high").number());
                }
                case "choice" -> {
                    n.onlyKeys(Set.of("type", "values"));
                    List<Double> values = new ArrayList<>();
                    for (Node v : n.at("values").list()) {
                        values.add(v.number());
                    }
                    yield new Distribution.Choice(values);
                }
                case "catalogue" -> {
                    n.onlyKeys(Set.of("type", "spread"));
                    Map<String, Double> spread = new LinkedHashMap<>();
                    if (n.has("spread")) {
                        Node s = n.at("spread").object();
                        var it = s.json().fieldNames();
                        while (it.hasNext()) {
                            String k = it.next();
                            spread.put(k, s.at(k).number());
                        }
                    }
                    yield new Distribution.CatalogueRange(spread);
                }
                default -> throw n.at("type").error("unknown distribution '" + type
                        + "' (expected uniform, triangular, normal, log-uniform, choice or catalogue)");
            };
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private List<SummaryTable> tables(Node summary, List<GridDimension> grid, ModelSpec model, Kind kind) {
        List<String> dims = grid.stream().map(GridDimension::name).toList();
        List<String> outputs = ModelNames.outputs(model);
        List<SummaryTable> out = new ArrayList<>();
        if (summary.present()) {
            summary.onlyKeys(Set.of("tables", "sobol"));
        }
        Node tables = summary.present() ? summary.at("tables") : new Node(null, "summary.tables");
        if (!tables.present()) {
            if (kind != Kind.SENSITIVITY) {
                out.add(new SummaryTable(dims, outputs, List.of(5.0, 50.0, 95.0), List.of()));
            }
            return out;
        }
        for (Node t : tables.list()) {
            t.onlyKeys(Set.of("group_by", "outputs", "percentiles", "frequencies"));
            List<String> by = t.has("group_by") ? t.at("group_by").texts() : dims;
            for (String b : by) {
                if (!dims.contains(b)) {
                    throw t.at("group_by").error("'" + b + "' is not a grid dimension of this job " + dims);
                }
            }
            List<String> outs = t.has("outputs") ? t.at("outputs").texts() : outputs;
            for (String o : outs) {
                if (!outputs.contains(o)) {
                    throw t.at("outputs").error("unknown output '" + o + "' (the " + model.type()
                            + " model gives " + outputs + ")");
                }
            }
            List<Double> ps = new ArrayList<>();
            if (t.has("percentiles")) {
                for (Node p : t.at("percentiles").list()) {
                    double v = p.number();
                    if (!(v >= 0 && v <= 100)) {
                        throw p.error("a percentile is within [0, 100], got " + v);
                    }
                    ps.add(v);
                }
            } else {
                ps.addAll(List.of(5.0, 50.0, 95.0));
            }
            List<String> freq = t.has("frequencies") ? t.at("frequencies").texts() : List.of();
            List<String> texts = ModelNames.textOutputs(model);
            for (String f : freq) {
                if (!outputs.contains(f) && !texts.contains(f) && !dims.contains(f)) {
                    throw t.at("frequencies").error("unknown column '" + f + "' (outputs " + outputs
                            + (texts.isEmpty() ? "" : ", text outputs " + texts) + ", grid " + dims + ")");
                }
            }
            out.add(new SummaryTable(by, outs, ps, freq));
        }
        return out;
    }

    private List<String> sobol(Node summary, ModelSpec model, Kind kind) {
        Node s = summary.present() ? summary.at("sobol") : new Node(null, "summary.sobol");
        if (kind != Kind.SENSITIVITY) {
            if (s.present()) {
                throw s.error("Sobol indices are estimated by sensitivity jobs only");
            }
            return List.of();
        }
        if (!s.present()) {
            throw s.error("a sensitivity job names the outputs whose indices it estimates, e.g. [\""
                    + ModelNames.outputs(model).get(0) + "\"]");
        }
        List<String> outs = s.texts();
        List<String> known = ModelNames.outputs(model);
        for (String o : outs) {
            if (!known.contains(o)) {
                throw s.error("unknown output '" + o + "' (the " + model.type() + " model gives " + known + ")");
            }
        }
        if (outs.isEmpty()) {
            throw s.error("name at least one output");
        }
        return outs;
    }

    private String fingerprint(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(text.getBytes(StandardCharsets.UTF_8));
            md.update(inputs.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "JobReader[" + origin + "]";
    }
}
