package org.treatylab.sweep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.sweep.summary.Band;
import org.treatylab.sweep.summary.Frequency;
import org.treatylab.sweep.summary.Group;
import org.treatylab.sweep.summary.Sensitivity;
import org.treatylab.sweep.summary.SobolIndex;
import org.treatylab.sweep.summary.Summary;
import org.treatylab.sweep.summary.Table;

/** summary.json: the summary as ordered maps with snake_case keys (numbers without a value are null). */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The document, with the run's details (engine, times) beside the summary. */
    public static String write(Summary s, Map<String, Object> run) {
        Map<String, Object> m = map(s);
        m.put("run", run);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary as ordered maps (also the HTML report's data). */
    public static Map<String, Object> map(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", s.job());
        m.put("kind", s.kind());
        m.put("seed", s.seed());
        m.put("evaluations", s.evaluations());
        m.put("parties", s.parties());
        List<Object> inputs = new ArrayList<>();
        for (Summary.InputView i : s.inputs()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("column", i.column());
            x.put("label", i.label());
            x.put("distribution", i.distribution());
            x.put("low", num(i.low()));
            x.put("high", num(i.high()));
            x.put("source", i.source());
            x.put("rationale", i.rationale());
            inputs.add(x);
        }
        m.put("inputs", inputs);
        List<Object> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            tables.add(table(t));
        }
        m.put("tables", tables);
        List<Object> sens = new ArrayList<>();
        for (Sensitivity x : s.sensitivity()) {
            sens.add(sensitivity(x));
        }
        m.put("sensitivity", sens);
        return m;
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group_by", t.groupBy());
        m.put("percentiles", t.percentiles());
        List<Object> groups = new ArrayList<>();
        for (Group g : t.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < t.groupBy().size(); i++) {
                key.put(t.groupBy().get(i), g.key().get(i));
            }
            gm.put("key", key);
            Map<String, Object> bands = new LinkedHashMap<>();
            for (Band b : g.bands()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("count", b.count());
                bm.put("mean", num(b.mean()));
                bm.put("sd", num(b.sd()));
                bm.put("min", num(b.min()));
                Map<String, Object> ps = new LinkedHashMap<>();
                for (int i = 0; i < t.percentiles().size(); i++) {
                    ps.put("p" + label(t.percentiles().get(i)), num(b.percentiles().get(i)));
                }
                bm.put("percentiles", ps);
                bm.put("max", num(b.max()));
                bands.put(b.output(), bm);
            }
            gm.put("outputs", bands);
            if (!g.frequencies().isEmpty()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                for (Frequency f : g.frequencies()) {
                    List<Object> counts = new ArrayList<>();
                    for (Frequency.Count c : f.counts()) {
                        Map<String, Object> cm = new LinkedHashMap<>();
                        cm.put("value", c.value());
                        cm.put("count", c.count());
                        counts.add(cm);
                    }
                    fm.put(f.column(), counts);
                }
                gm.put("frequencies", fm);
            }
            groups.add(gm);
        }
        m.put("groups", groups);
        return m;
    }

    private static Map<String, Object> sensitivity(Sensitivity s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("output", s.output());
        m.put("key", s.key());
        m.put("samples", s.samples());
        m.put("dropped", s.dropped());
        m.put("mean", num(s.mean()));
        m.put("variance", num(s.variance()));
        List<Object> idx = new ArrayList<>();
        for (SobolIndex i : s.indices()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("input", i.input());
            im.put("first_order", num(i.first()));
            im.put("first_order_ci95", num(i.firstHalfWidth()));
            im.put("total", num(i.total()));
            im.put("total_ci95", num(i.totalHalfWidth()));
            idx.add(im);
        }
        m.put("indices", idx);
        return m;
    }

    /** "5", "50", "97.5". */
    public static String label(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }

    private static Object num(double d) {
        return Double.isFinite(d) ? d : null;
    }
}
