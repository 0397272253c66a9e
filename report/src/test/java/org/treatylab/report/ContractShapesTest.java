package org.treatylab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.treatylab.app.Workbench;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.SeriesRef;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.negotiation.JobView;
import org.treatylab.app.negotiation.NegotiationLimits;
import org.treatylab.app.negotiation.NegotiationMove;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.TournamentRequest;
import org.treatylab.app.stability.Side;
import org.treatylab.app.stability.StabilityDoor;
import org.treatylab.app.stability.StabilityLimits;
import org.treatylab.app.talks.EnsembleSize;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.domain.Party;

/**
 * Every JSON shape of the contract against its golden file: each record made by the application layer from shipped
 * data (the ledger's on a fresh SQLite ledger), written with the contract's mapping. The same files are what the CLI
 * prints and the HTTP API answers (the edges' tests compare them too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractShapesTest {
    private static final String ITEMS = "uid,system,category,status,facility,warheads\n"
            + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M3,Minuteman III,ICBM,non_deployed,Malmstrom,0\n"
            + "US-T1,Trident II D5,SLBM,deployed,Kings Bay,4\n";
    private final Workbench doors = Workbench.offline();
    private Path dir;
    private LedgerDoor ledger;

    @BeforeAll
    void ledger() throws Exception {
        dir = Files.createTempDirectory("treatylab-golden");
        String db = dir.resolve("ledger.db").toString();
        LedgerDoor.init(db, null, List.of(Party.US, Party.RU));
        java.security.SecureRandom fixed = java.security.SecureRandom.getInstance("SHA1PRNG");
        fixed.setSeed(14);
        ledger = LedgerDoor.open(db, null, org.treatylab.app.ledger.HostKey.of(
                org.treatylab.verification.signing.Ed25519.generate(fixed)));
    }

    @AfterAll
    void close() {
        ledger.close();
    }

    private Map<String, Supplier<Object>> shapes() {
        Map<String, Supplier<Object>> s = new LinkedHashMap<>();
        var f = doors.foundation();
        s.put("count", () -> f.count(new TreatyRef.Id("start-1"), PostureRef.shipped("start1-mou-1990"), null));
        s.put("count-dated", () -> f.count(new TreatyRef.Id("new-start"), PostureRef.shipped("us-russia-2009"),
                LocalDate.of(2018, 2, 5)));
        s.put("compliance", () -> f.compliance(new TreatyRef.Id("new-start"), new SeriesRef.Shipped(
                "new-start-aggregates")));
        s.put("compliance-overview", () -> f.complianceOverview(new TreatyRef.Id("sort")));
        s.put("treaty", () -> f.treaty(new TreatyRef.Id("new-start")));
        s.put("treaties", f::treaties);
        s.put("catalogue", () -> f.catalogue(2009, Party.RU));
        s.put("postures", () -> f.postures(PostureRef.shipped("us-russia-2009")));
        s.put("posture-check", () -> f.checkPosture(PostureRef.shipped("us-russia-2011"), new TreatyRef.Id("new-start"),
                null, 12));
        s.put("validation-valid", () -> f.validate(f.treatyFile(new TreatyRef.Id("sort"))));
        s.put("validation-invalid", () -> f.validate("id = x\n"));
        var st = doors.stability();
        s.put("stability-rules", st::rules);
        s.put("sspk", () -> st.sspk(300, 2000, 120, 0.8, 2));
        Side both = new Side(PostureRef.shipped("us-russia-2009"), null);
        s.put("exchange", () -> st.exchange(both, both, null, 0, 200, 7, StabilityLimits.NONE));
        s.put("sweep", () -> st.sweep(new StabilityDoor.SweepRequest(both, null, null, List.of(1550L, 500L),
                List.of(90.0), List.of("keep-ssbns"), "rules", null, StabilityDoor.DEFAULT_MODEL),
                StabilityLimits.NONE));
        s.put("treaty-stability", () -> st.treaty(new TreatyRef.Id("new-start"), PostureRef.shipped(
                "us-russia-2009"), null, null, null, null, "rule", StabilityLimits.NONE));
        var talks = doors.talks();
        ScenarioRef start = new ScenarioRef.Shipped("start-2009");
        s.put("talks-scenario", () -> talks.scenario(start));
        s.put("talks-run", () -> talks.run(start, Map.of(), 1));
        s.put("talks-run-ensemble", () -> talks.run(start, Map.of(), 1, true, EnsembleSize.DEFAULT, note -> { }));
        s.put("talks-explain", () -> talks.explain(start));
        s.put("talks-analysis", () -> talks.analysis(start));
        s.put("talks-sweep", () -> talks.sweep(start, "RU.missile_defense", List.of(0.0, 0.3), Map.of(), 1));
        ScenarioRef after = new ScenarioRef.Shipped("after-new-start-2026");
        s.put("talks-run-three", () -> talks.run(after, Map.of(), 1));
        s.put("talks-comparison", () -> talks.compare(after, true, EnsembleSize.DEFAULT, note -> { }));
        s.put("talks-state", () -> {
            var seat = talks.start(start, Party.RU, Map.of(), 1);
            return talks.move(seat.id(), seat.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500",
                    "missile_defense", "binding-limits")));
        });
        var neg = doors.negotiation();
        NegotiationScenarioRef lease = new NegotiationScenarioRef.Shipped("lease-genius", "scenario");
        s.put("negotiation-agents", neg::agents);
        s.put("negotiation-scenarios", neg::scenarios);
        s.put("negotiation-analysis", () -> neg.analyze(new NegotiationScenarioRef.Shipped("grid-nonlinear",
                "scenario"), NegotiationLimits.SERVER));
        s.put("negotiation-session", () -> neg.negotiate(lease, List.of("boulware", "conceder"), 50, null, 7,
                NegotiationLimits.commandLine(20_000_000L)));
        s.put("negotiation-state", () -> {
            var started = neg.start(lease, List.of("boulware", "person"), 20, 1, NegotiationLimits.SERVER);
            return neg.move(started.id(), started.seatSecret(), new NegotiationMove("end", null, null));
        });
        TournamentRequest small = new TournamentRequest(List.of(lease), List.of("boulware", "conceder"), 1, 30, 5,
                1, 0);
        s.put("tournament", () -> doors.tournaments().run(small, (d, t) -> { }));
        s.put("tournament-job", () -> finished(doors.tournaments().start(small).id()));
        s.put("tournament-status", () -> doors.tournaments().status(finished(doors.tournaments().start(small).id())
                .id()));
        s.put("ledger-declared", () -> ledger.declare(Party.US, null, "nonce-declared", "items.csv", ITEMS));
        s.put("ledger-items", () -> ledger.items(Party.US));
        s.put("ledger-notified", () -> ledger.notify(Party.US, null, "nonce-notified", new LedgerDoor.NotifyRequest("US-M3", "move",
                "Minot", null, null, null, null)).item());
        s.put("ledger-exchange", () -> ledger.exchange(Party.US, null, "nonce-exchange", "new-start", LocalDate.of(2011, 9, 1)));
        s.put("ledger-exchanges", ledger::exchanges);
        s.put("ledger-reveal", () -> ledger.reveal(Party.US, null, "nonce-reveal", "Malmstrom"));
        s.put("ledger-reveals", ledger::reveals);
        s.put("ledger-finding", () -> ledger.inspect(Party.RU, null, "nonce-finding", Party.US, "Malmstrom", "found.csv",
                "uid,system,category,status,facility,warheads\nUS-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n"));
        s.put("ledger-status", () -> ledger.status(Party.RU));
        s.put("ledger-verified", () -> ledger.verify(null));
        s.put("ledger-export", ledger::export);
        s.put("ledger-head", ledger::head);
        s.put("ledger-signing", () -> {
            // the shape: the id, the bytes and the entries' text change from run to run (hashes, times inside text)
            var v = ledger.prepareDeclaration(Party.US, "golden-signing-1", "items.csv",
                    "uid,system,category,status,facility,warheads\nUS-G1,Minuteman III,ICBM,deployed,Minot,1\n");
            return new org.treatylab.app.ledger.SigningView("<id>", v.party(), v.kind(), v.nonce(),
                    v.bytes().replaceAll("[0-9a-f]{64}", "<hex>").replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z",
                            "<time>").replaceAll("(?m)^\\d+$", "<n>"), v.entries().stream().map(e -> e.replaceAll(
                            "[0-9a-f]{64}", "<hex>").replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>")
                            .replaceAll("(?m)^\\d+$", "<n>")).toList(), v.items(), v.expires());
        });
        var proofs = doors.proofs();
        s.put("inclusion-check", () -> proofs.checkInclusion("", null, 0, 1, List.of(),
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        s.put("inclusion-check-invalid", () -> proofs.checkInclusion("00", null, 0, 1, List.of(),
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        s.put("inspection-curve", () -> proofs.curve(35, 1, 18, 0.9));
        s.put("inspection-plan", () -> proofs.plan(35, 2, null, 0.9, 1000, 1));
        s.put("proof-inclusion", () -> proofs.prove(leaves(), 2));
        s.put("proof-consistency", () -> proofs.consistency(leaves(), 3));
        return s;
    }

    private Path leaves() {
        try {
            Path p = dir.resolve("leaves.txt");
            Files.writeString(p, "00\n01\n02\n03\n04\n");
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JobView finished(String id) {
        for (int i = 0; i < 3000; i++) {
            JobView j = doors.tournaments().job(id);
            if (!j.status().equals("queued") && !j.status().equals("running")) {
                return j;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("tournament " + id + " did not end");
    }

    @TestFactory
    Stream<DynamicTest> everyShape_matchesItsGoldenFile() {
        return shapes().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String json = Golden.of(e.getValue().get());
            if (Golden.updating()) {
                Golden.write(e.getKey(), json);
            }
            assertThat(json).as("shape " + e.getKey()).isEqualTo(Golden.read(e.getKey()));
        }));
    }
}
