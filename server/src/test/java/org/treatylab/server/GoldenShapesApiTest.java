package org.treatylab.server;

import org.junit.jupiter.api.Test;

/**
 * The HTTP API answers exactly the contract's golden file of each shape: the same files the CLI's
 * {@code --format json} output is checked against ({@code cli}'s {@code GoldenShapesTest}). Nothing is stored, so
 * it runs on SQLite only.
 */
class GoldenShapesApiTest extends ServerContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    @Test
    void foundation_countComplianceTreaty() {
        isGolden(api.postJson("/api/count", "{\"treaty\": \"start-1\", \"posture\": \"start1-mou-1990\"}"), "count");
        isGolden(api.postJson("/api/count", "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\", \"date\":"
                + " \"2018-02-05\"}"), "count-dated");
        isGolden(api.get("/api/compliance?treaty=new-start"), "compliance");
        isGolden(api.get("/api/compliance/overview?treaty=sort"), "compliance-overview");
        isGolden(api.get("/api/treaties/new-start"), "treaty");
        isGolden(api.get("/api/treaties"), "treaties");
        isGolden(api.get("/api/catalogue?year=2009&party=RU"), "catalogue");
        isGolden(api.get("/api/postures/us-russia-2009"), "postures");
        isGolden(api.get("/api/postures/us-russia-2011/check?treaty=new-start&months=12"), "posture-check");
    }

    @Test
    void stability_sspkExchangeSweepTreaty() {
        isGolden(api.get("/api/stability/rules"), "stability-rules");
        isGolden(api.postJson("/api/stability/sspk", "{\"yield_kt\": 300, \"hardness_psi\": 2000, \"cep_m\": 120,"
                + " \"reliability\": 0.8, \"warheads\": 2}"), "sspk");
        isGolden(api.postJson("/api/stability/exchange", "{\"attacker\": \"us-russia-2009\", \"defender\":"
                + " \"us-russia-2009\", \"trials\": 200, \"seed\": 7}"), "exchange");
        isGolden(api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [1550, 500],"
                + " \"rule\": \"keep-ssbns\"}"), "sweep");
        isGolden(api.postJson("/api/stability/treaty", "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\"}"),
                "treaty-stability");
    }

    @Test
    void talksAndNegotiation_runAnalysisScenarios() {
        isGolden(api.get("/api/talks/scenarios/start-2009"), "talks-scenario");
        isGolden(api.postJson("/api/talks/runs", "{\"scenario\": \"start-2009\", \"seed\": 1}"), "talks-run");
        isGolden(api.get("/api/talks/scenarios/start-2009/explain"), "talks-explain");
        isGolden(api.get("/api/talks/scenarios/start-2009/analysis"), "talks-analysis");
        isGolden(api.postJson("/api/talks/runs", "{\"scenario\": \"after-new-start-2026\", \"seed\": 1}"),
                "talks-run-three");
        isGolden(api.get("/api/talks/scenarios/after-new-start-2026/comparison"), "talks-comparison");
        isGolden(api.get("/api/negotiation/agents"), "negotiation-agents");
        isGolden(api.get("/api/negotiation/scenarios"), "negotiation-scenarios");
        isGolden(api.postJson("/api/negotiation/analyze", "{\"scenario\": \"grid-nonlinear\"}"),
                "negotiation-analysis");
    }

    @Test
    void verification_inclusionAndInspections() {
        isGolden(api.postJson("/api/verify/check-inclusion", "{\"leaf\": \"\", \"index\": 0, \"tree_size\": 1,"
                + " \"proof\": [], \"root\": \"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d\"}"),
                "inclusion-check");
        isGolden(api.get("/api/verify/inspections?facilities=35&violating=1&max=18&target=0.9"), "inspection-curve");
    }
}
