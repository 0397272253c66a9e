package org.treatylab.negotiation.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.preference.Bound;
import org.treatylab.negotiation.preference.HyperRectangle;
import org.w3c.dom.Element;

/** The {@code ufun}/{@code hyperRectangle} tree of an ANAC 2014 nonlinear GENIUS profile, flattened into terms. */
final class HyperRectangles {
    private final Xml xml;
    private final Domain domain;
    private final Map<String, IssueId> index;

    HyperRectangles(Xml xml, Domain domain, Map<String, IssueId> index) {
        this.xml = xml;
        this.domain = domain;
        this.index = index;
    }

    /** Adds the rectangles of {@code ufun} (and nested ufuns), their utilities multiplied by {@code scale}. */
    void collect(Element ufun, String where, double scale, List<HyperRectangle> out) {
        String aggregation = xml.optional(ufun, "aggregation");
        if (aggregation != null && !aggregation.equalsIgnoreCase("SUM")) {
            throw xml.error(where, "aggregation '" + aggregation + "' is not supported (only SUM)");
        }
        double weight = xml.optional(ufun, "weight") == null ? 1 : xml.number(ufun, where, "weight");
        List<Element> rects = Xml.children(ufun, "hyperRectangle");
        for (int k = 0; k < rects.size(); k++) {
            out.add(rectangle(rects.get(k), where + "/hyperRectangle[" + (k + 1) + "]", scale * weight));
        }
        List<Element> inner = Xml.children(ufun, "ufun");
        for (int k = 0; k < inner.size(); k++) {
            collect(inner.get(k), where + "/ufun[" + (k + 1) + "]", scale * weight, out);
        }
    }

    private HyperRectangle rectangle(Element r, String where, double scale) {
        double utility = xml.number(r, where, "utility");
        double weight = xml.optional(r, "weight") == null ? 1 : xml.number(r, where, "weight");
        List<Element> includes = Xml.children(r, "INCLUDES");
        List<Element> excludes = Xml.children(r, "EXCLUDES");
        if (!includes.isEmpty() && !excludes.isEmpty()) {
            throw xml.error(where, "has both INCLUDES and EXCLUDES bounds");
        }
        boolean inside = excludes.isEmpty();
        List<Bound> bounds = new ArrayList<>();
        for (Element b : inside ? includes : excludes) {
            bounds.add(bound(b, where + "/" + b.getTagName()));
        }
        return new HyperRectangle(bounds, utility * weight * scale, inside);
    }

    private Bound bound(Element b, String where) {
        String i = xml.attr(b, where, "index");
        IssueId id = index.get(i);
        if (id == null) {
            throw xml.error(where, "no issue has index " + i);
        }
        Issue issue = domain.issue(domain.indexOf(id));
        if (!(issue instanceof IntegerIssue ii)) {
            throw xml.error(where, "hyper-rectangle bounds need an integer issue; '" + id + "' is not one");
        }
        long min = xml.whole(b, where, "min");
        long max = xml.whole(b, where, "max");
        if (min > max || min < ii.low() || max > ii.high()) {
            throw xml.error(where, "bound " + min + ".." + max + " is not within issue '" + id + "' (" + ii.low()
                    + ".." + ii.high() + ")");
        }
        return new Bound(id, (int) (min - ii.low()), (int) (max - ii.low()));
    }
}
