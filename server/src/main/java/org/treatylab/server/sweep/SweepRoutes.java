package org.treatylab.server.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatylab.app.sweep.SweepDoor;
import org.treatylab.app.sweep.SweepExample;
import org.treatylab.report.Json;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.OpenApiDocument;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * Small sweeps the server runs for the web page, bounded in size and one at a time: the stability view's bands and
 * the talks view's robustness distribution. Larger sweeps are the CLI's ({@code treatylab sweep run}); the page can
 * also draw any run's summary.json without the server.
 */
public final class SweepRoutes {
    /** The most evaluations the server runs for one request, per model. */
    private final SweepDoor door;

    public SweepRoutes(SweepDoor door) {
        this.door = door;
    }

    /** The request body of a sweep run, as the OpenAPI document describes it. */
    public record SweepRunBody(String example, Map<String, Object> job, Long draws, Long samples, Long seed) {
    }

    /** A shipped example job. */
    public record ExampleView(String name, String kind, String description, String text) {
    }

    /** The run route's answer: a sweep's summary as summary.json writes it, with how it ran (schema by hand). */
    public interface SweepRunAnswer {
    }

    public List<Route> routes() {
        describeSchemas();
        return List.of(
                Route.get("/api/sweeps/examples", "sweeps", "The shipped example sweep jobs, with their text")
                        .returnsList(ExampleView.class).handle(this::examples),
                Route.post("/api/sweeps/run", "sweeps", "A small sweep run by the server; its summary")
.json(SweepRunBody.class, "example (a shipped job's name) or job (a job object, docs/sweeps.md; shipped "
                                + "postures and scenarios only), draws, samples, seed; at most " + SweepDoor.MAX_SERVER_STABILITY
                                + " stability, " + SweepDoor.MAX_SERVER_TALKS + " talks or "
                                + SweepDoor.MAX_SERVER_FUNCTION + " function evaluations",
                                "{\"example\": \"stability-bands-2011\", \"draws\": 40}")
                        .returns(SweepRunAnswer.class).answers(404, "no such example").answers(429, "another sweep is running")
                        .handle(this::run));
    }

    /** summary.json's shape (docs/sweeps.md), written by hand: its tables are keyed by the job's own columns. */
    private static void describeSchemas() {
        Schema<?> number = new NumberSchema().nullable(true);
        Schema<?> input = new ObjectSchema().addProperty("column", new StringSchema())
                .addProperty("label", new StringSchema()).addProperty("distribution", new StringSchema())
                .addProperty("low", number).addProperty("high", number)
                .addProperty("source", new StringSchema().nullable(true))
                .addProperty("rationale", new StringSchema().nullable(true))
                .required(List.of("column", "distribution", "low", "high"));
        Schema<?> free = new ObjectSchema().additionalProperties(true);
        Schema<?> table = new ObjectSchema().addProperty("group_by", new ArraySchema().items(new StringSchema()))
                .addProperty("percentiles", new ArraySchema().items(new NumberSchema()))
                .addProperty("groups", new ArraySchema().items(free.description("key: the group's values by column;"
                        + " outputs: per output its count, mean, sd, min, percentiles (p5, p50, ...), max; frequencies:"
                        + " per column its values and counts")))
                .required(List.of("group_by", "percentiles", "groups"));
        OpenApiDocument.describe(SweepRunAnswer.class, new ObjectSchema()
                .addProperty("job", new StringSchema()).addProperty("kind", new StringSchema())
                .addProperty("seed", new IntegerSchema().format("int64"))
                .addProperty("evaluations", new IntegerSchema().format("int64"))
                .addProperty("parties", new ArraySchema().items(new StringSchema()))
                .addProperty("inputs", new ArraySchema().items(input))
                .addProperty("tables", new ArraySchema().items(table))
                .addProperty("sensitivity", new ArraySchema().items(new ObjectSchema().additionalProperties(true)
                        .description("output, key, samples, dropped and the first-order and total indices")))
                .addProperty("run", new ObjectSchema().addProperty("engine", new StringSchema())
                        .addProperty("evaluation_seconds", new NumberSchema()))
                .required(List.of("job", "kind", "seed", "evaluations", "inputs", "tables", "sensitivity", "run"))
                .description("the sweep's summary as summary.json writes it (docs/sweeps.md), and how it ran"));
    }

    private void examples(Context ctx) {
        List<ExampleView> out = new ArrayList<>();
        for (SweepExample e : door.examples()) {
            out.add(new ExampleView(e.name(), e.kind(), e.description(), e.text()));
        }
        Answers.json(ctx, out);
    }

    private void run(Context ctx) throws IOException {
        JsonNode body = Requests.json(ctx);
        String example = Requests.text(body, "example");
        JsonNode jobNode = body.get("job");
        if (jobNode != null && !jobNode.isNull() && !jobNode.isObject()) {
            throw ApiError.badRequest("field 'job' must be a job object");
        }
        String job = jobNode == null || jobNode.isNull() ? null : Json.MAPPER.writeValueAsString(jobNode);
        String countField = body.has("samples") ? "samples" : "draws";
        Long count = body.has(countField) ? Requests.number(body, countField, 0, 1, 1_000_000) : null;
        Long seed = body.has("seed") ? Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE) : null;
        Answers.json(ctx, door.runSmall(example, job, count, seed).document());
    }
}
