package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.io.FileText;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.model.Domain;

/**
 * Reading negotiation input at the edge: a scenario (a shipped name, or uploaded file texts), agent names, and the
 * caps that keep one request from exhausting the machine. Every problem is a 400 (422 for an analysis above the
 * caps) naming the field.
 */
final class NegotiationInput {
    /** Profiles (parties) of one uploaded scenario. */
    static final int MAX_PROFILES = 8;
    /**
     * Outcomes of an uploaded scenario to analyse. It bounds the work and memory of one analysis (enumeration, or
     * the additive merge whose candidates never outnumber the outcomes); the CLI takes larger ones.
     */
    static final long ANALYZE_OUTCOMES = 1_000_000;
    /**
     * Outcomes of an uploaded scenario to play (sessions, tournaments): its agents rank every outcome once per
     * profile (16 bytes each) and a kept session holds that ranking, so sessions stay within tens of megabytes.
     */
    static final long PLAY_OUTCOMES = 100_000;
    /** The server's analyses: fewer outcomes to enumerate and frontier points to send than the CLI allows. */
    static final Analyzer.Limits LIMITS = new Analyzer.Limits(ANALYZE_OUTCOMES, 10_000, false);
    /** The name that plays a party through the moves route instead of an engine agent. */
    static final String PERSON = "person";

    private static final Map<String, Analysis> SHIPPED_ANALYSES = new ConcurrentHashMap<>();

    private NegotiationInput() {
    }

    /** The body's scenario: {@code "scenario": NAME} or {@code "domain": FILE, "profiles": [FILE, ...]}. */
    static Scenario scenario(JsonNode body, long maxOutcomes) {
        boolean named = present(body, "scenario");
        boolean uploaded = present(body, "domain") || present(body, "profiles");
        if (named == uploaded) {
            throw ApiError.badRequest("give exactly one of 'scenario' (a shipped name: " + shippedNames()
                    + ") or 'domain' with 'profiles' (uploaded files)");
        }
        if (named) {
            return shipped("scenario", body.get("scenario"));
        }
        return uploaded("", body, maxOutcomes);
    }

    /** A list item of a tournament's {@code scenarios}: a shipped name or {@code {"domain", "profiles"}}. */
    static Scenario scenarioItem(String field, JsonNode item, long maxOutcomes) {
        if (item.isTextual()) {
            return shipped(field, item);
        }
        if (!item.isObject()) {
            throw ApiError.badRequest("field '" + field + "' must be a shipped scenario name or an object with "
                    + "'domain' and 'profiles'");
        }
        return uploaded(field + ".", item, maxOutcomes);
    }

    private static Scenario shipped(String field, JsonNode node) {
        if (!node.isTextual()) {
            throw ApiError.badRequest("field '" + field + "' must be a string");
        }
        String name = node.asText();
        if (!Scenarios.shippedNames().contains(name)) {
            throw ApiError.notFound("no shipped scenario '" + name + "' (shipped: " + shippedNames() + ")");
        }
        return Scenarios.shipped(name);
    }

    private static Scenario uploaded(String prefix, JsonNode body, long maxOutcomes) {
        FileText domain = file(prefix + "domain", body.get("domain"));
        JsonNode ps = body.get("profiles");
        if (ps == null || !ps.isArray() || ps.size() < 2 || ps.size() > MAX_PROFILES) {
            throw ApiError.badRequest("field '" + prefix + "profiles' must be an array of 2 to " + MAX_PROFILES
                    + " files");
        }
        List<FileText> profiles = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            profiles.add(file(prefix + "profiles[" + i + "]", ps.get(i)));
        }
        // the domain alone first: reading profiles allocates a table per issue value
        Domain d = engine(() -> Scenarios.readDomain(domain));
        if (d.outcomeCount() > maxOutcomes) {
            throw ApiError.badRequest(domain.name() + ": domain '" + d.name() + "' has " + count(d) + " outcomes; the "
                    + "server takes at most " + maxOutcomes + " here (the CLI takes larger scenarios)");
        }
        return engine(() -> Scenarios.read(domain, profiles));
    }

    /** {@code {"name": "lease.xml", "text": "..."}}; the name's extension tells the format. */
    private static FileText file(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("field '" + field + "' is required");
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("field '" + field + "' must be an object {\"name\": \"file.xml|file.json\", "
                    + "\"text\": \"...\"}");
        }
        String name = Requests.requiredText(node, "name").strip();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xml") && !lower.endsWith(".json")) {
            throw ApiError.badRequest("field '" + field + ".name' must end in .xml (GENIUS) or .json (GeniusWeb), "
                    + "got '" + name + "'");
        }
        String text = Requests.text(node, "text");
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("field '" + field + ".text' is required");
        }
        return new FileText(name, text);
    }

    /** {@code agents}: one name per profile, in turn order; {@code person} allowed once when {@code person} is. */
    static List<String> agents(JsonNode body, int profiles, boolean allowPerson) {
        JsonNode a = body.get("agents");
        if (a == null || !a.isArray() || a.size() != profiles) {
            throw ApiError.badRequest("field 'agents' must be an array of " + profiles + " agent names, one per "
                    + "profile in turn order");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String field = "agents[" + i + "]";
            if (!a.get(i).isTextual()) {
                throw ApiError.badRequest("field '" + field + "' must be a string");
            }
            String name = a.get(i).asText();
            if (allowPerson && name.equals(PERSON)) {
                if (out.contains(PERSON)) {
                    throw ApiError.badRequest("field '" + field + "': only one party may be played by a person");
                }
            } else {
                agentName(field, name, allowPerson);
            }
            out.add(name);
        }
        return out;
    }

    static String agentName(String field, String name, boolean allowPerson) {
        if (Agents.byName(name).isEmpty()) {
            throw ApiError.badRequest("field '" + field + "': unknown agent '" + name + "' (known: "
                    + String.join(", ", Agents.names()) + (allowPerson ? ", or " + PERSON : "") + ")");
        }
        return name;
    }

    /**
     * The analysis under the server's caps; shipped scenarios are analysed once.
     *
     * @throws TooLargeException above the caps
     */
    static Analysis analyze(Scenario s, boolean shipped) {
        if (shipped) {
            return SHIPPED_ANALYSES.computeIfAbsent(s.name(), k -> Analyzer.analyze(s.profiles(), LIMITS));
        }
        return Analyzer.analyze(s.profiles(), LIMITS);
    }

    /** The analysis, or empty when the scenario is above the caps (results then carry no distances). */
    static Optional<Analysis> analysisIfSmall(Scenario s, boolean shipped) {
        try {
            return Optional.of(analyze(s, shipped));
        } catch (TooLargeException e) {
            return Optional.empty();
        }
    }

    /** Runs engine code that validates what users give it, turning its failures into JSON errors. */
    static <T> T engine(Supplier<T> work) {
        try {
            return work.get();
        } catch (ScenarioFormatException e) {
            throw ApiError.badRequest(e.getMessage());
        } catch (TooLargeException e) {
            throw new ApiError(422, "too large", e.getMessage());
        } catch (IllegalArgumentException e) {
            // the engine checks user-given values (matching domains, agent names) with these
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static String count(Domain d) {
        return d.outcomeCount() == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(d.outcomeCount());
    }

    private static boolean present(JsonNode body, String field) {
        return body.has(field) && !body.get(field).isNull();
    }

    private static String shippedNames() {
        return String.join(", ", Scenarios.shippedNames());
    }
}
