package org.treatylab.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.app.negotiation.IssueSpec;
import org.treatylab.app.negotiation.IssueValue;
import org.treatylab.app.stability.AssessmentView;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.TermsView;

/**
 * The few JSON shapes that a record's components alone do not give: keys named by parties, and plain values of
 * several types; terms are also read back (for a client of the API). Everything else is the records' components in
 * snake_case.
 */
final class ContractModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    ContractModule() {
        super("treatylab-contract");
        addSerializer(AssessmentView.class, new AssessmentSerializer());
        addSerializer(ExplainView.ExplainOption.class, new OptionSerializer());
        addSerializer(IssueValue.class, new IssueValueSerializer());
        addSerializer(TermsView.class, new TermsSerializer());
        addDeserializer(TermsView.class, new TermsDeserializer());
        setMixInAnnotation(IssueSpec.class, OmitNulls.class);
    }

    /** Leaves out the fields an issue's type has not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class OmitNulls {
    }

    /** {@code {"index", "ratio_us", "ratio_ru", "us_strikes_first", "ru_strikes_first"}}. */
    static final class AssessmentSerializer extends JsonSerializer<AssessmentView> {
        @Override
        public void serialize(AssessmentView a, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("index", a.index());
            g.writeNumberField("ratio_" + a.keyA(), a.ratioA());
            g.writeNumberField("ratio_" + a.keyB(), a.ratioB());
            g.writeFieldName(a.keyA() + "_strikes_first");
            p.defaultSerializeValue(a.aStrikesFirst(), g);
            g.writeFieldName(a.keyB() + "_strikes_first");
            p.defaultSerializeValue(a.bStrikesFirst(), g);
            g.writeEndObject();
        }
    }

    /** {@code {"option": "1550", "US": {...}, "RU": {...}}}. */
    static final class OptionSerializer extends JsonSerializer<ExplainView.ExplainOption> {
        @Override
        public void serialize(ExplainView.ExplainOption o, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("option", o.option());
            for (Map.Entry<String, ExplainView.OptionValue> e : o.byParty().entrySet()) {
                g.writeFieldName(e.getKey());
                p.defaultSerializeValue(e.getValue(), g);
            }
            g.writeEndObject();
        }
    }

    /** The terms' fields, then the options of the other issues beside them: {@code "conventional_missiles": "..."}. */
    static final class TermsSerializer extends JsonSerializer<TermsView> {
        @Override
        public void serialize(TermsView t, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeFieldName("warheads");
            p.defaultSerializeValue(t.warheads(), g);
            g.writeFieldName("deployed_launchers");
            p.defaultSerializeValue(t.deployedLaunchers(), g);
            g.writeFieldName("total_launchers");
            p.defaultSerializeValue(t.totalLaunchers(), g);
            g.writeStringField("bomber_counting", t.bomberCounting());
            g.writeStringField("missile_defense", t.missileDefense());
            g.writeNumberField("inspections_per_year", t.inspectionsPerYear());
            g.writeBooleanField("telemetry", t.telemetry());
            g.writeBooleanField("unique_ids", t.uniqueIds());
            g.writeNumberField("duration_years", t.durationYears());
            for (Map.Entry<String, String> e : t.otherIssues().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
    }

    /** Terms read back (a client of the API: the console's remote seat): the fields, the other issues beside them. */
    static final class TermsDeserializer extends JsonDeserializer<TermsView> {
        @Override
        public TermsView deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode n = ctx.readTree(p); // not the codec: it would check for trailing tokens inside the document
            Map<String, String> others = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> {
                if (!TermsView.KEYS.contains(e.getKey())) {
                    others.put(e.getKey(), e.getValue().asText());
                }
            });
            return new TermsView(whole(n, "warheads"), whole(n, "deployed_launchers"), whole(n, "total_launchers"),
                    n.path("bomber_counting").asText(null), n.path("missile_defense").asText(null),
                    n.path("inspections_per_year").asInt(), n.path("telemetry").asBoolean(),
                    n.path("unique_ids").asBoolean(), n.path("duration_years").asInt(), others);
        }

        private static Long whole(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asLong();
        }
    }

    /** A plain number or string. */
    static final class IssueValueSerializer extends JsonSerializer<IssueValue> {
        @Override
        public void serialize(IssueValue v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v instanceof IssueValue.Whole w) {
                g.writeNumber(w.value());
            } else if (v instanceof IssueValue.Real r) {
                g.writeNumber(r.value());
            } else {
                g.writeString(((IssueValue.Label) v).value());
            }
        }
    }
}
