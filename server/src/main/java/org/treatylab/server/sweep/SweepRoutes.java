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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.report.Json;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.OpenApiDocument;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobReader;
import org.treatylab.sweep.job.ModelSpec;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.output.SummaryJson;

/**
 * Small sweeps the server runs for the web page, bounded in size and one at a time: the stability view's bands and
 * the talks view's robustness distribution. Larger sweeps are the CLI's ({@code treatylab sweep run}); the page can
 * also draw any run's summary.json without the server.
 */
public final class SweepRoutes {
    /** The most evaluations the server runs for one request, per model. */
    static final long MAX_STABILITY = 2_000;
    static final long MAX_TALKS = 16;
    static final long MAX_FUNCTION = 50_000;
    private final Semaphore running = new Semaphore(1);

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
                                + "postures and scenarios only), draws, samples, seed; at most " + MAX_STABILITY + " stability, "
                                + MAX_TALKS + " talks or " + MAX_FUNCTION + " function evaluations",
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
        for (String name : Sweeps.EXAMPLES) {
            Job j = Sweeps.load(name);
            out.add(new ExampleView(name, j.kind().id(), j.description(), j.text()));
        }
        Answers.json(ctx, out);
    }

    private void run(Context ctx) throws IOException {
        JsonNode body = Requests.json(ctx);
        String example = Requests.text(body, "example");
        JsonNode jobNode = body.get("job");
        if ((example == null) == (jobNode == null || jobNode.isNull())) {
            throw ApiError.badRequest("give either 'example' (a shipped job's name) or 'job' (a job object)");
        }
        Job job;
        if (example != null) {
            if (!Sweeps.EXAMPLES.contains(example)) {
                throw new TreatyLabException(ErrorKind.NOT_FOUND, "no example job '" + example + "' (examples: "
                        + Sweeps.EXAMPLES + ")");
            }
            job = Sweeps.load(example);
        } else {
            if (!jobNode.isObject()) {
                throw ApiError.badRequest("field 'job' must be a job object");
            }
            job = JobReader.parse("job", Json.MAPPER.writeValueAsString(jobNode), null);
        }
        long count = Requests.number(body, body.has("samples") ? "samples" : "draws", job.samples(), 1, 1_000_000);
        job = job.withSamples(count);
        if (body.has("seed")) {
            job = job.withSeed(Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        Plan plan = Sweeps.prepare(job);
        long max = job.model() instanceof ModelSpec.Stability ? MAX_STABILITY
                : job.model() instanceof ModelSpec.Talks ? MAX_TALKS : MAX_FUNCTION;
        if (plan.evaluations() > max) {
            throw ApiError.badRequest("the sweep has " + plan.evaluations() + " evaluations; the server runs at most "
                    + max + " for a " + job.model().type() + " job (run larger ones with treatylab sweep run)");
        }
        if (!running.tryAcquire()) {
            throw new TreatyLabException(ErrorKind.BUSY, "another sweep is running; try again when it has finished");
        }
        Path dir = Files.createTempDirectory("treatylab-sweep-");
        try {
            RunResult r = Sweeps.engine("local").run(plan, new RunOptions(dir.resolve("run"),
                    Math.min(2, Runtime.getRuntime().availableProcessors()), null), Progress.NONE);
            Map<String, Object> out = SummaryJson.map(r.summary());
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("engine", r.engine());
            run.put("evaluation_seconds", r.evaluationSeconds());
            out.put("run", run);
            Answers.json(ctx, out);
        } finally {
            running.release();
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
