package org.treatylab.cli;

import org.junit.jupiter.api.Test;

/**
 * What the CLI prints with {@code --format json} is exactly the contract's golden file of each shape: the same files
 * the HTTP API's answers are checked against ({@code server}'s {@code GoldenShapesApiTest}).
 */
class GoldenShapesTest {
    @Test
    void foundation_countComplianceTreaty() {
        CliRun.of("count", "--treaty", "start-1", "--posture", "start1-mou-1990", "--format", "json").isGolden("count");
        CliRun.of("count", "--treaty", "new-start", "--posture", "us-russia-2009", "--date", "2018-02-05", "--format",
                "json").isGolden("count-dated");
        CliRun.of("compliance", "--treaty", "new-start", "--aggregates", "new-start-aggregates", "--format", "json")
                .isGolden("compliance");
        CliRun.of("treaty", "show", "new-start", "--format", "json").isGolden("treaty");
        CliRun.of("treaties", "--format", "json").isGolden("treaties");
        CliRun.of("catalogue", "--year", "2009", "--party", "RU", "--format", "json").isGolden("catalogue");
        CliRun.of("posture", "check", "us-russia-2011", "--format", "json").isGolden("posture-check");
    }

    @Test
    void stability_sspkExchangeSweepTreaty() {
        CliRun.of("stability", "sspk", "--yield-kt", "300", "--hardness-psi", "2000", "--cep-m", "120", "--reliability",
                "0.8", "--warheads", "2", "--format", "json").isGolden("sspk");
        CliRun.of("stability", "exchange", "--attacker", "us-russia-2009", "--defender", "us-russia-2009", "--trials",
                "200", "--seed", "7", "--format", "json").isGolden("exchange");
        CliRun.of("stability", "sweep", "--posture-a", "us-russia-2009", "--ceilings", "1550,500", "--rules",
                "keep-ssbns", "--format", "json").isGolden("sweep");
        CliRun.of("stability", "treaty", "--treaty", "new-start", "--posture", "us-russia-2009", "--format", "json")
                .isGolden("treaty-stability");
    }

    @Test
    void talksAndNegotiation_runAnalysisSession() {
        CliRun.of("talks", "start-2009", "--format", "json").isGolden("talks-run-ensemble");
        CliRun.of("talks", "start-2009", "--ensemble", "off", "--format", "json").isGolden("talks-run");
        CliRun.of("analyze", "--scenario", "grid-nonlinear", "--format", "json").isGolden("negotiation-analysis");
        CliRun.of("negotiate", "--scenario", "lease-genius", "--agent", "boulware", "--agent", "conceder", "--rounds",
                "50", "--seed", "7", "--format", "json").isGolden("negotiation-session");
    }

    @Test
    void verification_proofsAndInspectionPlan() {
        CliRun.of("verify", "inspections", "--facilities", "35", "--violating", "2", "--target", "0.9", "--simulate",
                "1000", "--format", "json").isGolden("inspection-plan");
    }
}
