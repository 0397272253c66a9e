package org.treatylab.server.http;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.negotiation.IssueSpec;
import org.treatylab.app.negotiation.IssueValue;
import org.treatylab.app.stability.AssessmentView;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.TermsView;
import org.treatylab.report.Json;

/**
 * JSON schemas derived from the records the routes read and write, with the contract's own mapper (so property names
 * are exactly the JSON's): every record a component schema named after it. Answers always carry every field (null
 * when absent), so a response record's properties are all required, nullable unless primitive; a request record's
 * primitive properties are required. The few shapes {@code report} writes by hand are described by hand.
 */
final class Schemas {
    private static final Map<Class<?>, Schema<?>> BY_HAND = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Class<?>, List<Class<?>>> NEEDS = new java.util.concurrent.ConcurrentHashMap<>();
    private final ModelConverters converters = new ModelConverters();
    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final Map<Class<?>, Boolean> seen = new LinkedHashMap<>();

    Schemas() {
        converters.addConverter(new ModelResolver(Json.mapper()));
    }

    static void describe(Class<?> type, Schema<?> schema, Class<?>... needs) {
        BY_HAND.put(type, schema);
        NEEDS.put(type, List.of(needs));
    }

    /** The schema of a body: a reference to a record's component schema, an array of them, or a plain type. */
    Schema<?> of(Route.Shape shape, boolean response) {
        Schema<?> one = plain(shape.type());
        if (one == null) {
            add(shape.type(), response);
            one = new Schema<>().$ref("#/components/schemas/" + name(shape.type()));
        }
        return shape.array() ? new ArraySchema().items(one) : one;
    }

    Map<String, Schema> components() {
        return components;
    }

    private static Schema<?> plain(Class<?> type) {
        if (type == String.class) {
            return new StringSchema();
        }
        if (type == Long.class || type == Integer.class) {
            return new IntegerSchema();
        }
        if (type == Double.class) {
            return new NumberSchema();
        }
        return null;
    }

    private static String name(Class<?> type) {
        return type.getSimpleName();
    }

    @SuppressWarnings("rawtypes")
    private void add(Class<?> root, boolean response) {
        if (seen.containsKey(root)) {
            return;
        }
        Map<String, Schema> read = converters.readAll(new AnnotatedType(root));
        for (Class<?> record : records(root)) {
            seen.keySet().stream().filter(k -> k != record && name(k).equals(name(record))).findAny()
                    .ifPresent(k -> {
                        throw new IllegalStateException("two records would share the schema name " + name(record)
                                + ": " + k.getName() + " and " + record.getName());
                    });
            seen.put(record, response);
            Schema s = read.get(name(record));
            if (s != null) {
                components.put(name(record), shape(record, s, response));
            }
        }
        read.forEach(components::putIfAbsent);
        for (Map.Entry<Class<?>, Schema<?>> e : BY_HAND.entrySet()) {
            if (components.containsKey(name(e.getKey()))) {
                components.put(name(e.getKey()), e.getValue());
                NEEDS.get(e.getKey()).forEach(n -> add(n, response));
            }
        }
        components.put(name(IssueValue.class), issueValue());
        components.computeIfPresent(name(AssessmentView.class), (k, v) -> assessment());
        components.computeIfPresent(name(ExplainView.ExplainOption.class), (k, v) -> explainOption());
        components.computeIfPresent(name(TermsView.class), (k, v) -> terms(v));
    }

    /** Required and nullable properties, no others. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema shape(Class<?> record, Schema s, boolean response) {
        if (!record.isRecord() || s.getProperties() == null) {
            return s;
        }
        Map<String, Schema> props = s.getProperties();
        List<String> required = new ArrayList<>();
        Map<String, Schema> out = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String json = snake(c.getName());
            Schema p = props.get(json);
            if (p == null) {
                continue;
            }
            boolean primitive = c.getType().isPrimitive();
            boolean omittedWhenNull = record == IssueSpec.class;
            if (!primitive) {
                p = nullable(p);
            }
            if (primitive || response && !omittedWhenNull) {
                required.add(json);
            }
            out.put(json, p);
        }
        s.setProperties(out);
        s.setRequired(required.isEmpty() ? null : required);
        s.setAdditionalProperties(false);
        return s;
    }

    /** A nullable property: a $ref cannot carry nullable in OpenAPI 3.0, so it is wrapped in allOf. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema p) {
        if (p.get$ref() != null) {
            return new ComposedSchema().allOf(List.of(new Schema<>().$ref(p.get$ref()))).type("object").nullable(true);
        }
        p.setNullable(true);
        return p;
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Every record reachable from {@code root} through record components, lists and maps. */
    private static List<Class<?>> records(Class<?> root) {
        List<Class<?>> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Type t, List<Class<?>> out) {
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                walk(a, out);
            }
            return;
        }
        if (t instanceof Class<?> c && c.isRecord() && !out.contains(c)) {
            out.add(c);
            for (RecordComponent rc : c.getRecordComponents()) {
                walk(rc.getGenericType(), out);
            }
        }
    }

    private static Schema<?> issueValue() {
        return new ComposedSchema().anyOf(List.of(new NumberSchema(), new StringSchema()))
                .description("a whole number (integer issue), a number (real issue) or a label (discrete issue)");
    }

    private static Schema<?> assessment() {
        return new ObjectSchema().addProperty("index", new NumberSchema()).addRequiredItem("index")
                .additionalProperties(new ComposedSchema().oneOf(List.of(new NumberSchema(),
                        new Schema<>().$ref("#/components/schemas/StrikeView"))))
                .description("index; ratio_<a> and ratio_<b> (numbers); <a>_strikes_first and <b>_strikes_first"
                        + " (StrikeView), where <a>, <b> are the sides' party codes in lower case, or a and b when"
                        + " both sides are one party");
    }

    /** The terms' fields, and the options of the other issues beside them (strings). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema terms(Schema s) {
        s.getProperties().remove("other_issues");
        if (s.getRequired() != null) {
            s.getRequired().remove("other_issues");
        }
        s.setAdditionalProperties(new StringSchema());
        return s.description("the terms; the options of a scenario's other issues (e.g. conventional_missiles) stand"
                + " beside these fields, issue id to option");
    }

    private static Schema<?> explainOption() {
        return new ObjectSchema().addProperty("option", new StringSchema()).addRequiredItem("option")
                .additionalProperties(new Schema<>().$ref("#/components/schemas/OptionValue"))
                .description("the option, and each delegation's value of it keyed by party code");
    }
}
