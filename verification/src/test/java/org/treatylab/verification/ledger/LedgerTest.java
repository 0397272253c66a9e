package org.treatylab.verification.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.verification.TestKeys;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.ProofVerifier;

class LedgerTest {
    private final Clock clock = Clock.fixed(Instant.parse("2011-09-01T00:00:00Z"), ZoneOffset.UTC);
    private MemoryLedgerStore store;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        store = new MemoryLedgerStore();
        store.registerParty(Party.US, TestKeys.US.getPublic(), new byte[32]);
        store.registerParty(Party.RU, TestKeys.RU.getPublic(), new byte[] {1});
        ledger = Ledger.open(store, clock);
    }

    static List<Ledger.Draft> drafts(int n, String tag) {
        List<Ledger.Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Ledger.Draft(EntryKind.FINDING, Fields.builder().put("note", tag + i).build(), null));
        }
        return out;
    }

    @Test
    void append_batches_chainAndTreeMatchAnIndependentTree() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(3, "a"));
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), drafts(4, "b"));
        LedgerReport r = LedgerVerifier.verify(store, EntryCheck.NONE, null);
        assertThat(r.entries()).isEqualTo(7);
        assertThat(r.batches()).isEqualTo(2);
        MerkleTree independent = MerkleTree.ofLeafData(store.entries.stream().map(Entry::canonicalBytes).toList());
        assertThat(r.root()).isEqualTo(Hex.of(independent.root()));
        assertThat(store.entries.get(3).prevHash()).isEqualTo(store.entries.get(2).hash());
        BatchHeader second = store.batches.get(1);
        ProofVerifier.verifyConsistency(second.consistency(), store.batches.get(0).root(), second.root());
    }

    @Test
    void append_signedWithAnotherPartysKey_rejectedAndNothingWritten() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(2, "a"));
        assertThatThrownBy(() -> ledger.append(Party.US, TestKeys.RU.getPrivate(), drafts(2, "x")))
                .isInstanceOf(VerificationException.class)
                .hasMessage("batch 1 (entries 2..3): signature does not verify under US's registered key");
        assertThat(store.entries).hasSize(2);
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(1, "c"));
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).entries()).isEqualTo(3);
    }

    @Test
    void append_entryOfAnotherParty_rejected() {
        LedgerHead head = store.head();
        Entry foreign = Entry.create(0, Party.RU, EntryKind.FINDING, clock.instant(), head.lastHash(),
                Fields.builder().put("note", "forged").build());
        MerkleTree t = new MerkleTree();
        t.appendLeafHash(foreign.leafHash());
        Batch b = Batch.sign(0, Party.US, List.of(foreign), java.util.Map.of(), 1, t.root(), clock.instant(),
                t.consistencyProof(0, 1), TestKeys.US.getPrivate());
        assertThatThrownBy(() -> store.append(b)).hasMessage("entry 0 is by RU but the batch is written by US: a party "
                + "writes only its own records");
        assertThat(store.entries).isEmpty();
    }

    @Test
    void verify_tamperedPayload_namesTheEntry() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(3, "a"));
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), drafts(3, "b"));
        Entry e = store.entries.get(4);
        store.entries.set(4, new Entry(e.seq(), e.party(), e.kind(), e.time(), e.prevHash(),
                Fields.builder().put("note", "b9").build(), e.hash()));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .isInstanceOf(BrokenEntryException.class).hasMessageStartingWith("entry 4: hash: computed ");
    }

    @Test
    void verify_tamperedBatchSignature_namesTheBatchsFirstEntry() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(3, "a"));
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), drafts(3, "b"));
        BatchHeader h = store.batches.get(1);
        byte[] sig = h.signature();
        sig[5] ^= 1;
        store.batches.set(1, new BatchHeader(h.number(), h.party(), h.firstSeq(), h.lastSeq(), h.treeSize(), h.root(),
                h.time(), h.consistency(), sig));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessage("entry 3: batch 1 (entries 3..5): signature does not verify under RU's registered key");
    }

    @Test
    void reopen_rebuildsTheTreeAndContinues() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(5, "a"));
        Ledger again = Ledger.open(store, clock);
        assertThat(again.root()).isEqualTo(ledger.root());
        again.append(Party.RU, TestKeys.RU.getPrivate(), drafts(2, "b"));
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).entries()).isEqualTo(7);
    }
}
