package org.treatylab.verification.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.verification.TestKeys;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
import org.treatylab.verification.escrow.Commitments;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.ledger.BrokenEntryException;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.PrivateRow;
import org.treatylab.verification.ledger.ReplayException;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.ledger.MemoryLedgerStore;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;

class RegimeTest {
    private final Clock clock = Clock.fixed(Instant.parse("2011-09-01T00:00:00Z"), ZoneOffset.UTC);
    private MemoryLedgerStore store;
    private Regime regime;

    static Item item(String uid, String system, Category c, ItemStatus s, String facility, long w) {
        return new Item(Party.US, uid, system, c, s, facility, w);
    }

    @BeforeEach
    void setUp() {
        store = new MemoryLedgerStore();
        Ledger ledger = Ledger.open(store, clock);
        ledger.register(Party.US, TestKeys.US, new byte[32]);
        ledger.register(Party.RU, TestKeys.RU, new byte[32]);
        regime = new Regime(ledger, clock, new SplittableRandom(42));
        regime.declare(Party.US, TestKeys.US.getPrivate(), List.of(
                item("M1", "Minuteman III", Category.ICBM, ItemStatus.DEPLOYED, "Malmstrom", 1),
                item("M2", "Minuteman III", Category.ICBM, ItemStatus.DEPLOYED, "Malmstrom", 1),
                item("M3", "Minuteman III", Category.ICBM, ItemStatus.NON_DEPLOYED, "Hill", 0),
                item("B1", "B-52H", Category.HEAVY_BOMBER, ItemStatus.DEPLOYED, "Minot", 0)));
    }

    @Test
    void declaration_commitment_isSha256OfSaltAndEncoding() throws Exception {
        Entry e = store.entries.get(2);
        Fields priv = store.privatePart(2, Party.US).orElseThrow();
        java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
        d.update(Hex.parse(priv.require("salt")));
        d.update("item/v1|US|M1|Minuteman III|ICBM|deployed|Malmstrom|1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(e.payload().require("commitment")).isEqualTo(Hex.of(d.digest()));
        assertThat(e.payload().asMap()).containsOnlyKeys("commitment", "private_sha256", "nonce");
        assertThat(e.payload().require("private_sha256")).isEqualTo(Hex.of(Sha256.hash(priv.bytes())));
        assertThat(store.privatePart(2, Party.RU)).isEmpty();
    }

    @Test
    void fullWalk_exchangeRevealInspect_consistentAndLedgerVerifies() {
        regime.notify(Party.US, TestKeys.US.getPrivate(), new Notification("M3", NotificationEvent.MOVE, "Malmstrom", null, null));
        ExchangeRecord x = regime.exchange(Party.US, TestKeys.US.getPrivate(), Treaties.byId("new-start").orElseThrow(),
                LocalDate.of(2011, 9, 1));
        assertThat(x.exchange().aggregates()).isEqualTo(Map.of("deployed-launchers", 3L, "warheads", 3L, "total-launchers", 4L));
        Reveal r = regime.reveal(Party.US, TestKeys.US.getPrivate(), "Malmstrom");
        assertThat(r.openings()).extracting(o -> o.item().uid()).containsExactly("M1", "M2", "M3");
        r.openings().forEach(o -> o.verify(x.snapshotHead().head().root()));
        List<Item> found = r.openings().stream().map(Opening::item).toList();
        Finding f = regime.inspect(Party.RU, TestKeys.RU.getPrivate(), Party.US, "Malmstrom", found);
        assertThat(f.issues()).isEmpty();
        assertThat(f.verdict()).isEqualTo("consistent");
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(store.entries.size());
    }

    @Test
    void inspect_undeclaredMisdeclaredAndMissing_reported() {
        regime.exchange(Party.US, TestKeys.US.getPrivate(), Treaties.byId("new-start").orElseThrow(), LocalDate.of(2011, 9, 1));
        regime.reveal(Party.US, TestKeys.US.getPrivate(), "Malmstrom");
        List<Item> found = List.of(
                item("M1", "Minuteman III", Category.ICBM, ItemStatus.DEPLOYED, "Malmstrom", 3),
                item("M9", "Minuteman III", Category.ICBM, ItemStatus.DEPLOYED, "Malmstrom", 1));
        Finding f = regime.inspect(Party.RU, TestKeys.RU.getPrivate(), Party.US, "Malmstrom", found);
        assertThat(f.issues()).containsExactly(
                "misdeclared item M1: declared Minuteman III/ICBM/deployed/Malmstrom/1 warheads, found "
                        + "Minuteman III/ICBM/deployed/Malmstrom/3 warheads",
                "undeclared item M9 (Minuteman III, deployed)",
                "declared item M2 not found");
        assertThat(store.entries.get((int) f.seq()).party()).isEqualTo(Party.RU);
    }

    @Test
    void verify_tamperedPrivateDeclaration_failsOnTheCommitment() {
        PrivateRow row = store.privates.get(3L);
        Fields.Builder b = Fields.builder();
        Fields.decode(row.payload()).asMap().forEach((k, v) -> b.put(k, k.equals("item.warheads") ? "0" : v));
        store.privates.put(3L, new PrivateRow(3, row.party(), b.build().encode()));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessageStartingWith("entry 3: private part: sha256: computed ");
    }

    @Test
    void verify_hiddenDeclaration_namesTheDeclarationNotALaterExchange() {
        regime.exchange(Party.US, TestKeys.US.getPrivate(), Treaties.byId("new-start").orElseThrow(),
                LocalDate.of(2011, 9, 1));
        PrivateRow row = store.privates.get(4L);
        store.privates.put(4L, new PrivateRow(4, "Us", row.payload()));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .isInstanceOf(BrokenEntryException.class)
                .hasMessage("entry 4: private part: stored under party 'Us', the entry is US's");
        store.privates.remove(4L);
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessage("entry 4: private part: missing (a declaration commits to one)");
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), Party.US))
                .hasMessage("entry 4: private part: missing (a declaration commits to one)");
    }

    @Test
    void verify_partialAccess_saysWhatWasNotChecked() {
        var r = LedgerVerifier.verify(store, new RegimeChecks(), Party.RU);
        assertThat(r.notChecked()).containsExactly("4 private parts of US (not visible to RU): their commitments, "
                + "item replays and snapshot contents");
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).notChecked()).isEmpty();
    }

    @Test
    void verify_privatePartStoredForAnEntryWithout_named() {
        Finding f = inspectAfterReveal();
        store.privates.put(f.seq(), new PrivateRow(f.seq(), "RU", "x=1\n"));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessage("entry " + f.seq() + ": private part: a finding entry has none, but one is stored for it");
    }

    @Test
    void replay_ofEachWrite_refusedNamingTheOriginalAndNothingWritten() {
        var us = TestKeys.US.getPrivate();
        var declared = regime.declare(Party.US, us, "n-declare-1", List.of(
                item("M7", "Minuteman III", Category.ICBM, ItemStatus.NON_DEPLOYED, "Hill", 0)));
        var moved = regime.notify(Party.US, us, "n-notify-1", new Notification("M7", NotificationEvent.MOVE, "Minot",
                null, null));
        var x = regime.exchange(Party.US, us, "n-exchange1", Treaties.byId("new-start").orElseThrow(),
                LocalDate.of(2011, 9, 1));
        var r = regime.reveal(Party.US, us, "n-reveal-1", "Minot");
        var f = regime.inspect(Party.RU, TestKeys.RU.getPrivate(), "n-inspect-1", Party.US, "Minot",
                r.openings().stream().map(Opening::item).toList());
        int size = store.entries.size();
        List<Runnable> replays = List.of(
                () -> regime.declare(Party.US, us, "n-declare-1", List.of(
                        item("M8", "Minuteman III", Category.ICBM, ItemStatus.NON_DEPLOYED, "Hill", 0))),
                () -> regime.notify(Party.US, us, "n-notify-1", new Notification("M7", NotificationEvent.MOVE, "Minot",
                        null, null)),
                () -> regime.exchange(Party.US, us, "n-exchange1", Treaties.byId("new-start").orElseThrow(),
                        LocalDate.of(2011, 9, 1)),
                () -> regime.reveal(Party.US, us, "n-reveal-1", "Minot"),
                () -> regime.inspect(Party.RU, TestKeys.RU.getPrivate(), "n-inspect-1", Party.US, "Minot", List.of()));
        long[] originals = {declared.firstSeq(), moved.seq(), x.seq(), r.seq(), f.seq()};
        for (int i = 0; i < replays.size(); i++) {
            Runnable replay = replays.get(i);
            assertThatThrownBy(replay::run).isInstanceOf(ReplayException.class)
                    .hasMessageContaining("already written in entry " + originals[i] + ";");
        }
        assertThat(store.entries).hasSize(size);
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(size);
    }

    private Finding inspectAfterReveal() {
        regime.exchange(Party.US, TestKeys.US.getPrivate(), Treaties.byId("new-start").orElseThrow(),
                LocalDate.of(2011, 9, 1));
        Reveal r = regime.reveal(Party.US, TestKeys.US.getPrivate(), "Minot");
        return regime.inspect(Party.RU, TestKeys.RU.getPrivate(), Party.US, "Minot",
                r.openings().stream().map(Opening::item).toList());
    }

    @Test
    void verify_tamperedRevealedOpening_failsTheInclusionProof() {
        regime.exchange(Party.US, TestKeys.US.getPrivate(), Treaties.byId("new-start").orElseThrow(), LocalDate.of(2011, 9, 1));
        Reveal r = regime.reveal(Party.US, TestKeys.US.getPrivate(), "Minot");
        Opening o = r.openings().get(0);
        Opening forged = new Opening(o.item().withStatus(ItemStatus.NON_DEPLOYED, 0), o.salt(), o.proof());
        assertThatThrownBy(() -> forged.verify(r.snapshotRoot())).isInstanceOf(VerificationException.class)
                .hasMessageStartingWith("item B1: root: computed ");
    }

    @Test
    void notify_impossible_writesNothing() {
        int before = store.entries.size();
        assertThatThrownBy(() -> regime.notify(Party.US, TestKeys.US.getPrivate(),
                new Notification("M1", NotificationEvent.ELIMINATE, null, null, null)))
                .hasMessageContaining("cannot eliminate");
        assertThat(store.entries).hasSize(before);
        assertThat(Commitments.SALT_LENGTH).isEqualTo(Sha256.LENGTH);
    }

    @Test
    void reveal_privatePartOfExchange_neverVisibleToTheInspector() {
        ExchangeRecord x = regime.exchange(Party.US, TestKeys.US.getPrivate(), Treaties.byId("new-start").orElseThrow(),
                LocalDate.of(2011, 9, 1));
        assertThat(store.privatePart(x.seq(), Party.RU)).isEmpty();
        assertThat(store.entries.get((int) x.seq()).kind()).isEqualTo(EntryKind.EXCHANGE);
        assertThat(store.entries.get((int) x.seq()).payload().asMap().keySet()).noneMatch(k -> k.startsWith("item."));
    }
}
