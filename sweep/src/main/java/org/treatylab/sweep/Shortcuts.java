package org.treatylab.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * The jobs behind the older commands: {@code stability sweep --draws N} is a stability-uncertainty job over its
 * ceilings and rules with the uncertainty of the shipped example {@code stability-bands-2011}; {@code talks sweep
 * --as-job} is a talks-robustness job over its agents and seed with the varied priority drawn across its values.
 * Each returns the job file's text, so that a user can keep and edit it.
 */
public final class Shortcuts {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Shortcuts() {
    }

    /** The job of a stability sweep command line. */
    public static String stability(String postureA, String partyA, String postureB, String partyB, LocalDate date,
            List<Long> ceilings, List<String> rules, Long deliveryVehicles, double exponent, double enemyWeight,
            double halfValueEmt, double reserve, long draws, long seed) {
        ObjectNode job = JSON.createObjectNode();
        job.put("name", "stability-sweep");
        job.put("kind", "stability-uncertainty");
        job.put("description", "Built by 'treatylab stability sweep --draws " + draws + "': the command's postures, "
                + "ceilings and rules, with the uncertain parameters of the shipped example stability-bands-2011.");
        job.put("seed", seed);
        job.put("draws", draws);
        ObjectNode model = job.putObject("model");
        model.put("type", "stability");
        model.put("posture_a", postureA);
        if (partyA != null) {
            model.put("party_a", partyA);
        }
        if (postureB != null) {
            model.put("posture_b", postureB);
        }
        if (partyB != null) {
            model.put("party_b", partyB);
        }
        if (date != null) {
            model.put("date", date.toString());
        }
        if (deliveryVehicles != null) {
            model.put("delivery_vehicles", deliveryVehicles);
        }
        ObjectNode fs = model.putObject("first_strike");
        fs.put("exponent", exponent);
        fs.put("enemy_weight", enemyWeight);
        fs.put("half_value_emt", halfValueEmt);
        fs.put("reserve", reserve);
        ObjectNode grid = job.putObject("grid");
        ArrayNode c = grid.putArray("ceiling");
        ceilings.forEach(c::add);
        ArrayNode r = grid.putArray("rule");
        rules.forEach(r::add);
        job.set("vary", example("stability-bands-2011").get("vary"));
        return write(job);
    }

    /**
     * The job of a talks sweep command line: the varied priority drawn uniformly between the lowest and highest of
     * its values, over the agents and seed given.
     */
    public static String talks(String scenario, String agentA, String agentB, long sessionSeed, String party,
            String criterion, double low, double high, long draws, long seed) {
        ObjectNode job = JSON.createObjectNode();
        job.put("name", "talks-sweep");
        job.put("kind", "talks-robustness");
        job.put("description", "Built by 'treatylab talks sweep --as-job': " + party + "." + criterion + " drawn "
                + "between " + low + " and " + high + ".");
        job.put("seed", seed);
        job.put("draws", draws);
        ObjectNode model = job.putObject("model");
        model.put("type", "talks");
        model.put("scenario", scenario);
        ObjectNode grid = job.putObject("grid");
        grid.putArray("agent_a").add(agentA);
        grid.putArray("agent_b").add(agentB);
        grid.putArray("session_seed").add(sessionSeed);
        ObjectNode v = job.putArray("vary").addObject();
        v.put("name", party.toLowerCase(java.util.Locale.ROOT) + "_" + criterion);
        v.put("parameter", "weight");
        v.put("party", party);
        v.putArray("criteria").add(criterion);
        ObjectNode d = v.putObject("distribution");
        d.put("type", "uniform");
        d.put("low", low);
        d.put("high", high);
        v.put("rationale", "the range of the values given to talks sweep");
        ObjectNode summary = job.putObject("summary");
        ObjectNode t = summary.putArray("tables").addObject();
        t.putArray("group_by");
        t.putArray("frequencies").add("warheads");
        return write(job);
    }

    private static JsonNode example(String name) {
        try {
            return JSON.readTree(Sweeps.exampleText(name).orElseThrow());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(ObjectNode job) {
        try {
            return JSON.writeValueAsString(job) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
