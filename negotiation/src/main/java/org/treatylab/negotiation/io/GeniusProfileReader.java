package org.treatylab.negotiation.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.preference.ConstantEvaluator;
import org.treatylab.negotiation.preference.HyperRectangle;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.LinearEvaluator;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.TriangularEvaluator;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.preference.ValueTable;
import org.w3c.dom.Element;

/**
 * Reads a GENIUS utility-space file for a domain: {@code utility_space > objective > (issue | weight)*} plus
 * {@code reservation value} and {@code discount_factor value}.
 *
 * <ul>
 *   <li>discrete issues: {@code item value evaluation}; utility = evaluation / the issue's largest evaluation;</li>
 *   <li>integer issues: {@code evaluator ftype="linear" slope offset} (utility offset + slope (x - lowerbound)), or
 *       {@code parameter0} + {@code parameter1} x, or {@code ftype="constant" parameter0};</li>
 *   <li>real issues: {@code evaluator ftype} linear (parameter0 + parameter1 x), constant (parameter0) or triangular
 *       (parameter0 = low, parameter1 = high, parameter2 = top); linear utilities are cut to [0, 1] as in GENIUS;</li>
 *   <li>weights: {@code weight index value}, one per issue, summing to 1 (within {@link Weights#TOLERANCE}, then
 *       normalised with a notice); a weight on the objective's own index (ANAC 2012 Fitness) is ignored, as GENIUS
 *       ignores objective evaluators;</li>
 *   <li>nonlinear (ANAC 2014) profiles: {@code objective > utility maxutility > ufun aggregation="SUM" weight >
 *       hyperRectangle utility weight > INCLUDES|EXCLUDES index min max}; utility = sum of the rectangles'
 *       utility * weight (times enclosing ufun weights) / maxutility.</li>
 * </ul>
 * A discount factor of 0 means no discounting, as in GENIUS. Older files (the GENIUS inheritance example) put the
 * issues and weights directly under {@code utility_space}, without an {@code objective}; GENIUS reads them the same.
 */
final class GeniusProfileReader {
    private final Xml xml;
    private final Domain domain;
    private final Map<String, IssueId> domainIndex;
    private final List<String> notices;

    private GeniusProfileReader(String file, Domain domain, Map<String, IssueId> domainIndex, List<String> notices) {
        this.xml = new Xml(file);
        this.domain = domain;
        this.domainIndex = domainIndex;
        this.notices = notices;
    }

    /** Reads a profile; notices (weights normalised, an objective weight ignored) are appended to {@code notices}. */
    static Profile read(Source src, GeniusDomainReader.Parsed domain, List<String> notices) {
        return new GeniusProfileReader(src.name(), domain.domain(), domain.byIndex(), notices).read(src);
    }

    private Profile read(Source src) {
        Element root = xml.parse(src.bytes()).getDocumentElement();
        if (!root.getTagName().equals("utility_space")) {
            throw xml.error(root.getTagName(), "expected a GENIUS profile (root element 'utility_space')");
        }
        Element objective = Xml.child(root, "objective");
        if (objective == null) {
            if (Xml.children(root, "issue").isEmpty() && Xml.child(root, "utility") == null) {
                throw xml.error("utility_space", "missing element 'objective' (or issues directly under it)");
            }
            objective = root;
        }
        Map<String, IssueId> index = issueIndex(objective);
        UtilityFunction u = Xml.child(objective, "utility") != null ? nonlinear(objective, index)
                : additive(objective, index);
        double reservation = 0;
        Element r = Xml.child(root, "reservation");
        if (r != null) {
            reservation = xml.number(r, "reservation", "value");
        }
        double discount = 1;
        Element df = Xml.child(root, "discount_factor");
        if (df != null) {
            double d = xml.number(df, "discount_factor", "value");
            if (d < 0 || d > 1) {
                throw xml.error("discount_factor", "expected a value in [0, 1] (0 = none), got " + d);
            }
            discount = d == 0 ? 1 : d;
        }
        return new Profile(src.stem(), u, reservation, discount);
    }

    /** GENIUS index to issue, from this file's issue elements where present, else from the domain file. */
    private Map<String, IssueId> issueIndex(Element objective) {
        Map<String, IssueId> index = new HashMap<>(domainIndex);
        for (Element e : Xml.children(objective, "issue")) {
            String where = GeniusDomainReader.describe(e);
            IssueId id = IssueId.of(xml.attr(e, "issue", "name"));
            if (domain.indexOf(id) < 0) {
                throw xml.error(where, "domain '" + domain.name() + "' has no issue '" + id + "'");
            }
            index.put(xml.attr(e, where, "index"), id);
        }
        return index;
    }

    private UtilityFunction additive(Element objective, Map<String, IssueId> index) {
        Map<IssueId, Double> weights = new HashMap<>();
        for (Element w : Xml.children(objective, "weight")) {
            String i = xml.attr(w, "weight", "index");
            IssueId id = index.get(i);
            if (id == null && i.equals(objective.getAttribute("index").strip())) {
                double v = xml.number(w, "weight[index=" + i + "]", "value");
                if (v != 1) {
                    notices.add(xml.file() + ": the weight " + v + " of objective '" + objective.getAttribute("name")
                            + "' itself is ignored, as GENIUS ignores it");
                }
                continue;
            }
            if (id == null) {
                throw xml.error("weight[index=" + i + "]", "no issue has index " + i);
            }
            if (weights.put(id, xml.number(w, "weight[index=" + i + "]", "value")) != null) {
                throw xml.error("weight[index=" + i + "]", "a second weight for issue '" + id + "'");
            }
        }
        Map<IssueId, IssueEvaluator> evaluators = new HashMap<>();
        for (Element e : Xml.children(objective, "issue")) {
            IssueId id = IssueId.of(e.getAttribute("name").strip());
            Issue issue = domain.issue(domain.indexOf(id));
            evaluators.put(id, evaluator(e, issue));
        }
        for (Issue issue : domain.issues()) {
            if (!evaluators.containsKey(issue.id())) {
                throw xml.error("objective", "no evaluation for issue '" + issue.id() + "'");
            }
            if (!weights.containsKey(issue.id())) {
                throw xml.error("objective", "no weight for issue '" + issue.id() + "'");
            }
        }
        Map<IssueId, Double> normalised = Weights.normalised(weights, xml.file(), "objective", notices);
        try {
            return UtilityFunction.additive(new LinearAdditive(domain, normalised, evaluators));
        } catch (IllegalArgumentException ex) {
            throw xml.error("objective", ex.getMessage());
        }
    }

    private IssueEvaluator evaluator(Element e, Issue issue) {
        String where = GeniusDomainReader.describe(e);
        String type = GeniusDomainReader.type(xml, e);
        boolean matches = type.equals("discrete") ? !issue.isNumeric()
                : type.equals("integer") ? issue instanceof IntegerIssue : issue instanceof RealIssue;
        if (!matches) {
            throw xml.error(where, "type '" + type + "' does not match the domain's issue");
        }
        try {
            if (type.equals("discrete")) {
                return discrete(e, issue, where);
            }
            if (issue instanceof IntegerIssue ii) {
                checkBound(e, where, "lowerbound", ii.low());
                checkBound(e, where, "upperbound", ii.high());
            }
            Element ev = Xml.child(e, "evaluator");
            if (ev == null) {
                throw xml.error(where, "missing element 'evaluator'");
            }
            return numeric(ev, where + "/evaluator", issue);
        } catch (IllegalArgumentException ex) {
            throw xml.error(where, ex.getMessage());
        }
    }

    private void checkBound(Element e, String where, String attr, long expected) {
        if (xml.optional(e, attr) != null && xml.whole(e, where, attr) != expected) {
            throw xml.error(where, "'" + attr + "' is " + xml.whole(e, where, attr) + ", the domain says " + expected);
        }
    }

    private ValueTable discrete(Element e, Issue issue, String where) {
        double[] eval = new double[issue.size()];
        boolean[] seen = new boolean[issue.size()];
        for (Element item : Xml.children(e, "item")) {
            String value = xml.attr(item, where + "/item", "value");
            String iw = where + "/item[value=" + value + "]";
            int v = issue.indexOf(new org.treatylab.negotiation.model.DiscreteValue(value));
            if (v < 0) {
                throw xml.error(iw, "'" + value + "' is not a value of the domain's issue");
            }
            eval[v] = xml.number(item, iw, "evaluation");
            if (eval[v] < 0) {
                throw xml.error(iw, "attribute 'evaluation': expected a number >= 0, got " + eval[v]);
            }
            seen[v] = true;
        }
        double max = 0;
        for (int v = 0; v < eval.length; v++) {
            if (!seen[v]) {
                throw xml.error(where, "no item for value '" + issue.value(v).text() + "'");
            }
            max = Math.max(max, eval[v]);
        }
        for (int v = 0; v < eval.length; v++) {
            eval[v] = max == 0 ? 0 : eval[v] / max;
        }
        return ValueTable.of(eval);
    }

    private IssueEvaluator numeric(Element ev, String where, Issue issue) {
        String ftype = xml.attr(ev, where, "ftype").toLowerCase(java.util.Locale.ROOT);
        double lo = issue.numeric(0);
        double hi = issue.numeric(issue.size() - 1);
        switch (ftype) {
            case "linear": {
                double u0;
                double u1;
                if (xml.optional(ev, "slope") != null) {
                    double slope = xml.number(ev, where, "slope");
                    double offset = xml.number(ev, where, "offset");
                    u0 = offset;
                    u1 = offset + slope * (hi - lo);
                } else {
                    double p0 = xml.number(ev, where, "parameter0");
                    double p1 = xml.number(ev, where, "parameter1");
                    u0 = p0 + p1 * lo;
                    u1 = p0 + p1 * hi;
                }
                return lo == hi ? new ConstantEvaluator(Math.min(1, Math.max(0, u0)))
                        : new LinearEvaluator(lo, u0, hi, u1);
            }
            case "constant":
                return new ConstantEvaluator(xml.number(ev, where, "parameter0"));
            case "triangular":
                return new TriangularEvaluator(xml.number(ev, where, "parameter0"), xml.number(ev, where, "parameter2"),
                        xml.number(ev, where, "parameter1"));
            default:
                throw xml.error(where, "unknown ftype '" + ftype + "' (expected linear, constant or triangular)");
        }
    }

    private UtilityFunction nonlinear(Element objective, Map<String, IssueId> index) {
        Element utility = Xml.child(objective, "utility");
        double max = xml.number(utility, "utility", "maxutility");
        if (!(max > 0)) {
            throw xml.error("utility", "attribute 'maxutility': expected a positive number, got " + max);
        }
        List<HyperRectangle> rects = new ArrayList<>();
        List<Element> ufuns = Xml.children(utility, "ufun");
        if (ufuns.isEmpty()) {
            throw xml.error("utility", "missing element 'ufun'");
        }
        for (Element ufun : ufuns) {
            new HyperRectangles(xml, domain, index).collect(ufun, "ufun", 1 / max, rects);
        }
        try {
            return UtilityFunction.rectangles(domain, rects);
        } catch (IllegalArgumentException ex) {
            throw xml.error("utility", ex.getMessage());
        }
    }
}
