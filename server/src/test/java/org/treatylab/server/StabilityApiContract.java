package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.treatylab.server.ServerContract.isError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.report.Json;

/**
 * The stability routes, run against a server on each store (see the subclasses). Figures for the shipped 2009
 * postures are those published in docs/stability.md's 500-warhead answer (the CLI's seeded results).
 */
abstract class StabilityApiContract extends ServerContract {
    private static final String TRIDENT_AT_SEA = "party,system,category,deployed,warheads_total,survivable_share,as_of\n"
            + "US,LGM-30G Minuteman III,ICBM,450,550,,2009-01-01\n"
            + "US,UGM-133A Trident II D5,SLBM,288,1152,1,2009-01-01\n";

    /**
     * Hand counts from the rows of us-russia-2009.csv. U.S.: 577 + 1,165 re-entry vehicles + 5 weapons on each of
     * the 75 B-52H and 11 B-2A (none on the B-52Gs and B-1Bs) = 2,172. Russia: 490 + 372 + 169 + 50 + 9 + 320 + 144
     * on missiles + 6 x 60 Tu-95MS + 12 x 14 Tu-160 = 2,082. Out of reach of a first strike (catalogue survivable
     * shares): a quarter of the SS-25 (169) and mobile Topol-M (9) warheads and a fifth of the SLBM warheads (464):
     * 42.25 + 2.25 + 92.8 = 137.3.
     */
    static final long US_2009_WEAPONS = 577 + 1165 + 5 * (75 + 11);
    static final long RU_2009_WEAPONS = 490 + 372 + 169 + 50 + 9 + 320 + 144 + 6 * 60 + 12 * 14;
    static final double RU_2009_UNTARGETABLE = 0.25 * 169 + 0.25 * 9 + 0.2 * (320 + 144);

    private JsonNode ok(String path, String json) {
        ApiClient.Reply r = api.postJson(path, json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void rules_listsTheThreeReductionRules() {
        JsonNode rules = api.get("/api/stability/rules").json();
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("proportional", "keep-ssbns", "de-mirv");
        rules.forEach(r -> assertThat(r.get("description").asText()).isNotBlank());
    }

    @Test
    void sspk_handWorkedVector() {
        // 1 Mt on 1000 psi: LR = 0.262 nmi = 485.224 m; CEP = LR gives SSPK 0.5; R 0.8: TKP 0.4; 2 warheads 0.64.
        JsonNode j = ok("/api/stability/sspk", "{\"yield_kt\": 1000, \"hardness_psi\": 1000, \"cep_m\": 485.224,"
                + " \"reliability\": 0.8, \"warheads\": 2}");
        assertThat(j.fieldNames()).toIterable().containsExactly("lethal_radius_m", "sspk", "tkp", "kill_probability");
        assertThat(j.get("lethal_radius_m").asDouble()).isCloseTo(485.224, within(1e-9));
        assertThat(j.get("sspk").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(j.get("tkp").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(j.get("kill_probability").asDouble()).isCloseTo(0.64, within(1e-9));
        JsonNode defaults = ok("/api/stability/sspk", "{\"yield_kt\": 1000, \"hardness_psi\": 1000, \"cep_m\": 485.224}");
        assertThat(defaults.get("kill_probability").asDouble()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void sspk_badInput_is400NamingTheField() {
        isError(api.postJson("/api/stability/sspk", "{\"hardness_psi\": 1000, \"cep_m\": 100}"), 400,
                "field 'yield_kt' is required");
        isError(api.postJson("/api/stability/sspk", "{\"yield_kt\": 100, \"hardness_psi\": 0, \"cep_m\": 100}"), 400,
                "field 'hardness_psi' must be > 0, got 0");
        isError(api.postJson("/api/stability/sspk", "{\"yield_kt\": 100, \"hardness_psi\": 10, \"cep_m\": \"far\"}"),
                400, "field 'cep_m' must be a number");
        isError(api.postJson("/api/stability/sspk", "{\"yield_kt\": 100, \"hardness_psi\": 10, \"cep_m\": 100,"
                + " \"reliability\": 1.5}"), 400, "field 'reliability' must be within [0, 1], got 1.5");
        isError(api.postJson("/api/stability/sspk", "{\"yield_kt\": 100, \"hardness_psi\": 10, \"cep_m\": 100,"
                + " \"warheads\": 2.5}"), 400, "field 'warheads' must be a whole number");
        isError(api.postJson("/api/stability/sspk", "not json"), 400, "not valid JSON");
    }

    @Test
    void exchange_shipped2009_matchesHandCountsAndAddsUp() {
        JsonNode j = ok("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"defender\": \"us-russia-2009\","
                + " \"trials\": 500, \"seed\": 7}");
        assertThat(j.get("attacker").asText()).isEqualTo("US");
        assertThat(j.get("defender").asText()).isEqualTo("RU");
        assertThat(j.get("attacker_warheads").asLong()).isEqualTo(US_2009_WEAPONS);
        assertThat(j.get("defender_warheads").asLong()).isEqualTo(RU_2009_WEAPONS);
        // Every targetable Russian aim point faces about ten reliable U.S. warheads (2,172 warheads, under 200 aim
        // points, kill probability about 0.8 each): what survives is what cannot be targeted (RU_2009_UNTARGETABLE).
        assertThat(j.get("defender_surviving_warheads").asDouble()).isBetween(RU_2009_UNTARGETABLE,
                RU_2009_UNTARGETABLE + 1);
        assertThat(j.get("attacker_warheads_used").asLong() + j.get("attacker_warheads_left").asLong())
                .isEqualTo(US_2009_WEAPONS);
        double sum = 0;
        for (JsonNode s : j.get("by_system")) {
            assertThat(s.get("surviving_warheads").asDouble()).isBetween(s.get("untargetable_warheads").asDouble(),
                    s.get("warheads").asDouble());
            sum += s.get("surviving_warheads").asDouble();
        }
        assertThat(sum).isCloseTo(j.get("defender_surviving_warheads").asDouble(), within(1e-6));
        JsonNode mc = j.get("monte_carlo");
        assertThat(mc.get("trials").asInt()).isEqualTo(500);
        assertThat(mc.get("ci95").get(0).asDouble()).isLessThanOrEqualTo(mc.get("mean").asDouble());
        assertThat(mc.get("ci95").get(1).asDouble()).isGreaterThanOrEqualTo(mc.get("mean").asDouble());
        assertThat(j.get("parameters").size()).isGreaterThan(10);
        assertThat(j.get("assumptions").toString()).contains("counterforce first strike");
        JsonNode again = ok("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"defender\":"
                + " \"us-russia-2009\", \"trials\": 500, \"seed\": 7}");
        assertThat(again.get("monte_carlo")).isEqualTo(mc);

        JsonNode ru = ok("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"attacker_party\": \"RU\","
                + " \"defender\": \"us-russia-2009\"}");
        assertThat(ru.get("attacker").asText()).isEqualTo("RU");
        // At least the 60% of the 1,165 Trident warheads at sea survive; Russia's 1,554 missile warheads (3.4 per
        // U.S. aim point) cannot be sure of every silo, but the Minuteman III warheads are not all left either.
        assertThat(ru.get("defender_surviving_warheads").asDouble()).isBetween(0.6 * 1165, 0.6 * 1165 + 577);
        assertThat(ru.get("monte_carlo").isNull()).isTrue();
    }

    @Test
    void exchange_csvParameterColumnOverridesTheCatalogue() {
        // Every Trident boat out of reach of the strike: all 1,152 of its warheads survive, none is an aim point.
        JsonNode j = ok("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"attacker_party\": \"RU\","
                + " \"defender_csv\": " + Json.write(TRIDENT_AT_SEA) + "}");
        JsonNode trident = j.get("by_system").get(1);
        assertThat(trident.get("system").asText()).isEqualTo("UGM-133A Trident II D5");
        assertThat(trident.get("surviving_warheads").asDouble()).isCloseTo(1152, within(1e-9));
        assertThat(trident.get("aimpoints").asLong()).isZero();
        assertThat(j.get("parameters").toString()).contains("\"from\":\"posture-row\"");
    }

    @Test
    void exchange_badInput_is4xxNamingTheField() {
        String both = "\"attacker\": \"us-russia-2009\", \"defender\": \"us-russia-2009\"";
        isError(api.postJson("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\"}"), 400,
                "give exactly one of 'defender'");
        isError(api.postJson("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"attacker_csv\": \"x\","
                + " \"defender\": \"us-russia-2009\"}"), 400, "give exactly one of 'attacker'");
        isError(api.postJson("/api/stability/exchange", "{\"attacker\": \"nope\", \"defender\": \"us-russia-2009\"}"),
                404, "field 'attacker': no shipped posture 'nope'");
        isError(api.postJson("/api/stability/exchange", "{" + both + ", \"trials\": 1}"), 400,
                "field 'trials' must be 0 (analytic only) or at least 2");
        isError(api.postJson("/api/stability/exchange", "{" + both + ", \"trials\": 100001}"), 400,
                "field 'trials' must be between 0 and 100000");
        // 5 x 10^7 warhead-trials allowed: 23,020 trials of the 2,172 U.S. warheads fit, 25,000 do not.
        isError(api.postJson("/api/stability/exchange", "{" + both + ", \"trials\": 25000}"), 400,
                "25000 trials of 2172 attacking warheads exceed");
        isError(api.postJson("/api/stability/exchange", "{" + both + ", \"reserve\": 1}"), 400,
                "field 'reserve' must be within [0, 1), got 1");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"reserve\": -0.5}"), 400,
                "field 'reserve' must be within [0, 1), got -0.5");
        isError(api.postJson("/api/stability/exchange", "{" + both + ", \"attacker_party\": \"FR\"}"), 400,
                "unknown party");
        isError(api.postJson("/api/stability/exchange", "{" + both + ", \"date\": \"1990-01-01\"}"), 400,
                "no posture for US on or before 1990-01-01");
        isError(api.postJson("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"defender_csv\":"
                + " \"party,system,category,deployed\\nUS,X,ICBM,many\\n\"}"), 400,
                "posture.csv line 2, column 'deployed'");
        isError(api.postJson("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"attacker_party\": \"RU\","
                + " \"defender_csv\": \"party,system,category,deployed,warheads_total\\nUS,X,ICBM,4000,40000\\n\"}"), 400,
                "the posture of US is too large to assess here");
    }

    @Test
    void sweep_shipped2009_defaults_agreeWithHandBounds() {
        JsonNode j = ok("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\"}");
        assertThat(j.get("a").asText()).isEqualTo("US");
        assertThat(j.get("b").asText()).isEqualTo("RU");
        JsonNode points = j.get("points");
        assertThat(points).hasSize(3 * 6 + 3);
        JsonNode p500 = point(points, "proportional", 500);
        assertThat(p500.get("a_warheads").asLong()).isEqualTo(500);
        // Proportional cuts keep each side's mix: the U.S. keeps 1,165 / 2,172 of 500 on Trident, 60% of them at
        // sea (160.9 survive at least); Russia keeps RU_2009_UNTARGETABLE / 2,082 of 500 out of reach (33.0), and a
        // 500-warhead U.S. strike still overwhelms the rest.
        assertThat(p500.get("a_survivors").asDouble()).isBetween(0.6 * 500 * 1165 / US_2009_WEAPONS, 500.0);
        assertThat(p500.get("b_survivors").asDouble()).isBetween(500 * RU_2009_UNTARGETABLE / RU_2009_WEAPONS - 1,
                500 * RU_2009_UNTARGETABLE / RU_2009_WEAPONS + 2);
        JsonNode keep = point(points, "keep-ssbns", 500);
        // keep-ssbns: the U.S. keeps 500 Trident warheads only (its 1,007 other warheads go first), 300 at sea; the
        // boats in port are soft and destroyed. Russia keeps its 464 SLBM warheads (20% at sea: 92.8) and 36 more.
        assertThat(keep.get("a_survivors").asDouble()).isBetween(300.0, 301.0);
        assertThat(keep.get("b_survivors").asDouble()).isBetween(0.2 * 464, 0.2 * 464 + 36);
        JsonNode asIs = point(points, "proportional", 6000);
        assertThat(asIs.get("a_warheads").asLong()).isEqualTo(US_2009_WEAPONS);
        assertThat(asIs.get("b_survivors").asDouble()).isBetween(RU_2009_UNTARGETABLE, RU_2009_UNTARGETABLE + 1);
        for (JsonNode p : points) {
            JsonNode a = p.get("assessment");
            assertThat(a.get("index").asDouble()).isCloseTo(a.get("ratio_us").asDouble() * a.get("ratio_ru").asDouble(),
                    within(1e-12));
            assertThat(p.get("a_survivors").asDouble()).isBetween(0.0, p.get("a_warheads").asDouble());
        }
        JsonNode cut = points.get(18);
        assertThat(cut.get("ceiling").isNull()).isTrue();
        assertThat(cut.get("cut_share").asDouble()).isEqualTo(0.9);
        assertThat(cut.get("a_warheads").asLong()).isEqualTo(217); // 10% of 2,172
        assertThat(j.get("assumptions").toString()).contains("UNCONFIRMED").contains("ASSUMPTION");
        assertThat(j.get("rules")).hasSize(3);
        assertThat(j.get("sides").get(0).asText()).startsWith("US: us-russia-2009");
    }

    private static JsonNode point(JsonNode points, String rule, long ceiling) {
        for (JsonNode p : points) {
            if (p.get("rule").asText().equals(rule) && p.get("ceiling").asLong(-1) == ceiling) {
                return p;
            }
        }
        throw new AssertionError("no point " + rule + " " + ceiling + " in " + points);
    }

    @Test
    void sweep_oneRuleCeilingsAndCuts_giveOnePointEach() {
        JsonNode j = ok("/api/stability/sweep", "{\"posture_a\": \"us-russia-2024\", \"posture_b\": \"us-russia-2024\","
                + " \"ceilings\": [1550, 500], \"rule\": \"keep-ssbns\", \"cuts\": [50], \"delivery_vehicles\": 400}");
        assertThat(j.get("points")).hasSize(3);
        j.get("points").forEach(p -> {
            assertThat(p.get("rule").asText()).isEqualTo("keep-ssbns");
            assertThat(p.get("a_vehicles").asLong()).isLessThanOrEqualTo(400);
            assertThat(p.get("b_vehicles").asLong()).isLessThanOrEqualTo(400);
        });
        assertThat(j.get("points").get(1).get("b_warheads").asLong()).isLessThanOrEqualTo(500);
        assertThat(j.get("params").get("delivery_vehicle_ceiling").asLong()).isEqualTo(400);
        JsonNode two = ok("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [1000],"
                + " \"rules\": [\"de-mirv\", \"proportional\"], \"cuts\": []}");
        assertThat(two.get("points")).hasSize(2);
        assertThat(two.get("points").get(0).get("rule").asText()).isEqualTo("de-mirv");
    }

    @Test
    void sweep_badInput_isBoundedAnd400() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= org.treatylab.server.stability.StabilityRoutes.MAX_CEILINGS; i++) {
            many.append(i == 0 ? "" : ",").append(100 + i);
        }
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": "
                + many + "]}"), 400, "field 'ceilings' has 61 values; at most 60 are accepted");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [500, -1]}"),
                400, "field 'ceilings'[1] must be a whole number within [0, 1000000], got -1");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": 500}"), 400,
                "field 'ceilings' must be an array of numbers");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"rule\": \"random\"}"), 400,
                "field 'rule': unknown reduction rule 'random' (expected one of [proportional, keep-ssbns, de-mirv])");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"rule\": \"de-mirv\","
                + " \"rules\": [\"de-mirv\"]}"), 400, "not both");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"rules\": [\"de-mirv\","
                + " \"de-mirv\"]}"), 400, "names 'de-mirv' twice");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"cuts\": [100]}"), 400,
                "field 'cuts'[0] must be within [0, 100), got 100");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"damage_exponent\": 0}"),
                400, "field 'damage_exponent' must be within");
        isError(api.postJson("/api/stability/sweep", "{\"ceilings\": [500]}"), 400, "give exactly one of 'posture_a'");
        isError(api.postJson("/api/stability/sweep", "{\"posture_a\": \"start1-mou-1990\", \"posture_b\": \"x\"}"), 404,
                "no shipped posture 'x'");
    }

    @Test
    void treaty_newStartOn2009_cutsToItsCeilingsAndAgreesWithTheSweep() {
        JsonNode j = ok("/api/stability/treaty", "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\"}");
        assertThat(j.get("ceilings").get("warheads").get("ceiling").asLong()).isEqualTo(1550);
        assertThat(j.get("ceilings").get("warheads").get("from").asText()).isEqualTo("2018-02-05");
        assertThat(j.get("ceilings").get("delivery_vehicles").get("limit").asText()).isEqualTo("deployed-launchers");
        assertThat(j.get("ceilings").get("delivery_vehicles").get("ceiling").asLong()).isEqualTo(700);
        assertThat(j.get("rule").asText()).isEqualTo("proportional");
        JsonNode asIs = j.get("as_is");
        assertThat(asIs.get("a_warheads").asLong()).isEqualTo(US_2009_WEAPONS);
        assertThat(asIs.get("b_survivors").asDouble()).isBetween(RU_2009_UNTARGETABLE, RU_2009_UNTARGETABLE + 1);
        JsonNode sweepAsIs = ok("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [6000],"
                + " \"rule\": \"proportional\", \"cuts\": []}").get("points").get(0);
        assertThat(asIs.get("a_survivors")).isEqualTo(sweepAsIs.get("a_survivors"));
        JsonNode under = j.get("under_treaty");
        // New START counts one warhead per deployed bomber: the forces are cut until the counted warheads fit, so
        // each side keeps more real warheads (bomber weapons) than 1,550.
        assertThat(j.get("bombers_count").asText()).isEqualTo("one per deployed bomber");
        assertThat(j.get("counted_warheads_under_treaty").get("US").asLong()).isBetween(1400L, 1550L);
        assertThat(j.get("counted_warheads_under_treaty").get("RU").asLong()).isBetween(1400L, 1550L);
        assertThat(under.get("a_warheads").asLong()).isGreaterThan(j.get("counted_warheads_under_treaty").get("US").asLong());
        assertThat(under.get("a_vehicles").asLong()).isLessThanOrEqualTo(700);
        assertThat(under.get("b_vehicles").asLong()).isLessThanOrEqualTo(700);
        assertThat(j.get("assumptions").toString()).contains("as the treaty counts them");

        // A draft that counts the weapons bombers carry caps real warheads: it agrees with the sweep at 1,550 / 700.
        String file = api.get("/api/treaties/new-start?format=file").body();
        JsonNode k = ok("/api/stability/treaty", "{\"treaty_text\": " + org.treatylab.report.Json.compact(
                file.replace("option.bomber_warheads = one", "option.bomber_warheads = assigned"))
                + ", \"posture\": \"us-russia-2009\"}");
        JsonNode underK = k.get("under_treaty");
        JsonNode sweep = ok("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [1550],"
                + " \"delivery_vehicles\": 700, \"rule\": \"proportional\", \"cuts\": []}").get("points").get(0);
        for (String f : List.of("a_warheads", "b_warheads", "a_vehicles", "b_vehicles", "a_survivors", "b_survivors")) {
            assertThat(underK.get(f)).as(f).isEqualTo(sweep.get(f));
        }
        assertThat(underK.get("assessment")).isEqualTo(sweep.get("assessment"));
    }

    @Test
    void treaty_draftTextWithoutCeilings_leavesTheForcesAsTheyAre() {
        String noLimits = "id = talk-only\\nparties = US, RU\\nentry_into_force = 2011-02-05\\n";
        JsonNode j = ok("/api/stability/treaty", "{\"treaty_text\": \"" + noLimits + "\", \"posture\":"
                + " \"us-russia-2024\", \"rule\": \"keep-ssbns\"}");
        assertThat(j.get("treaty").asText()).isEqualTo("talk-only");
        assertThat(j.get("ceilings").get("warheads").isNull()).isTrue();
        assertThat(j.get("ceilings").get("delivery_vehicles").isNull()).isTrue();
        assertThat(j.get("under_treaty")).isEqualTo(j.get("as_is"));
        assertThat(j.get("assumptions").get(0).asText()).contains("the forces stay as they are");
        JsonNode sort = ok("/api/stability/treaty", "{\"treaty\": \"sort\", \"posture\": \"us-russia-2009\"}");
        assertThat(sort.get("ceilings").get("warheads").get("ceiling").asLong()).isEqualTo(2200);
        assertThat(sort.get("ceilings").get("delivery_vehicles").isNull()).isTrue();
        assertThat(sort.get("under_treaty").get("b_warheads").asLong()).isLessThanOrEqualTo(2200);
    }

    @Test
    void treaty_badInput_is4xx() {
        isError(api.postJson("/api/stability/treaty", "{\"posture\": \"us-russia-2009\"}"), 400,
                "give exactly one of 'treaty'");
        isError(api.postJson("/api/stability/treaty", "{\"treaty\": \"salt-2\", \"posture\": \"us-russia-2009\"}"), 404,
                "no treaty 'salt-2'");
        isError(api.postJson("/api/stability/treaty", "{\"treaty_text\": \"id = x\\n\", \"posture\": \"us-russia-2009\"}"),
                400, "draft, field 'parties': missing");
        isError(api.postJson("/api/stability/treaty", "{\"treaty\": \"new-start\"}"), 400,
                "give exactly one of 'posture'");
        isError(api.postJson("/api/stability/treaty", "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\","
                + " \"rule\": \"halve\"}"), 400, "unknown reduction rule 'halve'");
    }
}
