package org.treatylab.negotiation.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.RealIssue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a GENIUS domain file: {@code negotiation_template > utility_space > objective > issue*}. An issue has a
 * {@code name}, an {@code index} and a type ({@code etype}, {@code type} or {@code vtype}): {@code discrete} with
 * {@code item value="..."} children, {@code integer} with {@code lowerbound}/{@code upperbound} attributes (or a
 * {@code range} child), {@code real} with a {@code range lowerbound upperbound} child. GENIUS analyses real issues
 * on 100 steps; so do we unless the issue has a {@code steps} attribute. Nested objectives are refused.
 */
final class GeniusDomainReader {
    /** GENIUS's IssueReal default number of discretisation steps. */
    static final int DEFAULT_REAL_STEPS = 100;

    /** A domain and the GENIUS index of each issue (weights and hyper-rectangles refer to issues by index). */
    record Parsed(Domain domain, Map<String, IssueId> byIndex) {
    }

    private GeniusDomainReader() {
    }

    static Parsed read(Source src) {
        String file = src.name();
        Xml xml = new Xml(file);
        Document doc = xml.parse(src.bytes());
        Element root = doc.getDocumentElement();
        Element space = root.getTagName().equals("utility_space") ? root : Xml.child(root, "utility_space");
        if (!root.getTagName().equals("negotiation_template") && space != root) {
            throw xml.error(root.getTagName(), "expected a GENIUS domain (root element 'negotiation_template')");
        }
        if (space == null) {
            throw xml.error("negotiation_template", "missing element 'utility_space'");
        }
        Element objective = Xml.child(space, "objective");
        if (objective == null) {
            throw xml.error("utility_space", "missing element 'objective'");
        }
        String name = src.stem();
        List<Issue> issues = new ArrayList<>();
        Map<String, IssueId> byIndex = new LinkedHashMap<>();
        for (Element e : Xml.children(objective, "issue")) {
            Issue issue = issue(xml, e);
            String index = xml.attr(e, describe(e), "index");
            if (byIndex.put(index, issue.id()) != null) {
                throw xml.error(describe(e), "index " + index + " is used by two issues");
            }
            issues.add(issue);
        }
        if (!Xml.children(objective, "objective").isEmpty()) {
            throw xml.error("objective", "nested objectives are not supported; list the issues directly");
        }
        if (issues.isEmpty()) {
            throw xml.error("objective", "no issues");
        }
        try {
            return new Parsed(new Domain(name, issues), byIndex);
        } catch (IllegalArgumentException ex) {
            throw xml.error("objective", ex.getMessage());
        }
    }

    static String describe(Element issue) {
        return "issue[name=" + issue.getAttribute("name") + "]";
    }

    static String type(Xml xml, Element e) {
        for (String a : new String[] {"etype", "type", "vtype"}) {
            String t = xml.optional(e, a);
            if (t != null) {
                return t.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "discrete";
    }

    private static Issue issue(Xml xml, Element e) {
        String where = describe(e);
        IssueId id;
        try {
            id = IssueId.of(xml.attr(e, "issue", "name"));
        } catch (IllegalArgumentException ex) {
            throw xml.error("issue", ex.getMessage());
        }
        String type = type(xml, e);
        try {
            switch (type) {
                case "discrete": {
                    List<String> values = new ArrayList<>();
                    for (Element item : Xml.children(e, "item")) {
                        values.add(xml.attr(item, where + "/item", "value"));
                    }
                    if (values.isEmpty()) {
                        throw xml.error(where, "a discrete issue needs 'item' children");
                    }
                    return new DiscreteIssue(id, values);
                }
                case "integer": {
                    Element range = Xml.child(e, "range");
                    Element src = xml.optional(e, "lowerbound") != null || range == null ? e : range;
                    return new IntegerIssue(id, xml.whole(src, where, "lowerbound"), xml.whole(src, where, "upperbound"));
                }
                case "real": {
                    Element range = Xml.child(e, "range");
                    if (range == null) {
                        throw xml.error(where, "a real issue needs a 'range' child");
                    }
                    String steps = xml.optional(e, "steps");
                    int n = steps == null ? DEFAULT_REAL_STEPS : (int) xml.whole(e, where, "steps");
                    return new RealIssue(id, xml.number(range, where + "/range", "lowerbound"),
                            xml.number(range, where + "/range", "upperbound"), n);
                }
                default:
                    throw xml.error(where, "unknown issue type '" + type + "' (expected discrete, integer or real)");
            }
        } catch (IllegalArgumentException ex) {
            throw xml.error(where, ex.getMessage());
        }
    }

}
