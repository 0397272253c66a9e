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
