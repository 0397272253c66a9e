package org.treatylab.server.negotiation;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;
import org.treatylab.app.negotiation.IssueValue;
import org.treatylab.app.negotiation.UploadedFile;
import org.treatylab.server.http.OpenApiDocument;

/** The JSON request bodies of the negotiation and tournament routes, as the OpenAPI document describes them. */
public final class Bodies {
    private Bodies() {
    }

    /** A scenario: {@code scenario} (a shipped name) or {@code domain} with {@code profiles} (uploaded files). */
    public record NegotiationScenarioBody(String scenario, UploadedFile domain, List<UploadedFile> profiles) {
    }

    /**
     * A session: the scenario, one agent name (or {@code person}, a seat) per profile in turn order, the deadline in
     * rounds (180), the seed (1), the seat the starter takes ({@code play}; by default the only person's) and
     * classroom mode (watchers see every party's utilities live).
     */
    public record NegotiationSessionBody(String scenario, UploadedFile domain, List<UploadedFile> profiles,
            List<String> agents, Integer rounds, Long seed, String play, Boolean classroom) {
    }

    /** The seat to take; the first open one when absent. */
    public record NegotiationSeatBody(String party) {
    }

    /**
     * A seat's move: {@code offer} with the outcome, {@code accept} (optionally with the outcome seen on the table) or
     * {@code end}; optionally the seat's party and the round the mover saw.
     */
    public record NegotiationMoveBody(String move, Map<String, IssueValue> outcome, String party, Integer round) {
    }

    /**
     * A tournament: scenarios (shipped names or {@code {"domain", "profiles"}}), distinct agents (at least as many as
     * a scenario's parties), repetitions (1), rounds (180), seed (1) and sample (line-ups per scenario; 0, all).
     */
    public record TournamentBody(List<ScenarioItem> scenarios, List<String> agents, Integer repetitions,
            Integer rounds, Long seed, Integer sample) {
    }

    /** One of a tournament's scenarios: a shipped name, or uploaded files ({@link NegotiationUpload}). */
    public interface ScenarioItem {
    }

    /** Uploaded scenario files: a domain and one profile per party. */
    public record NegotiationUpload(UploadedFile domain, List<UploadedFile> profiles) {
    }

    /** Describes the schemas no record gives (called once the routes are built). */
    static void describeSchemas() {
        OpenApiDocument.describe(ScenarioItem.class, new ComposedSchema().anyOf(List.of(new StringSchema(),
                new Schema<>().$ref("#/components/schemas/NegotiationUpload"))), NegotiationUpload.class);
    }
}
