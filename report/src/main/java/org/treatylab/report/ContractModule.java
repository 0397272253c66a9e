package org.treatylab.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;
import org.treatylab.app.negotiation.IssueSpec;
import org.treatylab.app.negotiation.IssueValue;
import org.treatylab.app.stability.AssessmentView;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.TermsView;

/**
 * The few JSON shapes that a record's components alone do not give: keys named by parties, and plain values of
 * several types. Everything else is the records' components in snake_case.
 */
final class ContractModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    ContractModule() {
        super("treatylab-contract");
        addSerializer(AssessmentView.class, new AssessmentSerializer());
        addSerializer(ExplainView.ExplainOption.class, new OptionSerializer());
        addSerializer(IssueValue.class, new IssueValueSerializer());
        addSerializer(TermsView.class, new TermsSerializer());
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
