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
import org.treatylab.verification.signing.Ed25519;

class LedgerTest {
    private final Clock clock = Clock.fixed(Instant.parse("2011-09-01T00:00:00Z"), ZoneOffset.UTC);
    private MemoryLedgerStore store;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        store = new MemoryLedgerStore();
        ledger = Ledger.open(store, clock);
        ledger.register(Party.US, TestKeys.US, new byte[32]);
        ledger.register(Party.RU, TestKeys.RU, ApiTokens.hash("ru"));
    }

    static List<Ledger.Draft> drafts(int n, String tag) {
        List<Ledger.Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Ledger.Draft(EntryKind.FINDING, Fields.builder().put("note", tag + i).build(), null));
        }
        return out;
    }

    @Test
    void register_eachParty_aSignedEntryThatWritesItsPartiesRow() {
        Entry us = store.entries.get(0);
        assertThat(us.kind()).isEqualTo(EntryKind.REGISTRATION);
        assertThat(us.payload().require("key")).isEqualTo(Ed25519.publicText(TestKeys.US.getPublic()));
        assertThat(store.parties.get("US")).isEqualTo(new PartyRow("US", Ed25519.publicText(TestKeys.US.getPublic()),
                Hex.of(new byte[32]), clock.instant().toString()));
        assertThat(store.parties.get("RU").tokenSha256()).isEqualTo(Hex.of(ApiTokens.hash("ru")));
        assertThatThrownBy(() -> ledger.register(Party.US, TestKeys.RU, new byte[32]))
                .isInstanceOf(WriteRejectedException.class).hasMessage("party US is already registered");
    }

    @Test
    void append_batches_chainAndTreeMatchAnIndependentTree() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(3, "a"));
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), drafts(4, "b"));
        LedgerReport r = LedgerVerifier.verify(store, EntryCheck.NONE, null);
        assertThat(r.entries()).isEqualTo(9);
        assertThat(r.batches()).isEqualTo(4);
        MerkleTree independent = MerkleTree.ofLeafData(store.entries.stream().map(Entry::canonicalBytes).toList());
        assertThat(r.root()).isEqualTo(Hex.of(independent.root()));
        assertThat(store.entries.get(5).prevHash()).isEqualTo(store.entries.get(4).hash());
        BatchHeader last = store.batches.get(3);
        ProofVerifier.verifyConsistency(last.consistency(), store.batches.get(2).root(), last.root());
    }

    @Test
    void append_signedWithAnotherPartysKey_rejectedAndNothingWritten() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(2, "a"));
        assertThatThrownBy(() -> ledger.append(Party.US, TestKeys.RU.getPrivate(), drafts(2, "x")))
                .isInstanceOf(VerificationException.class)
                .hasMessage("batch 3 (entries 4..5): signature does not verify under US's registered key");
        assertThat(store.entries).hasSize(4);
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(1, "c"));
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).entries()).isEqualTo(5);
    }

    @Test
    void append_replayedNonce_refusedNamingTheOriginalEntryAndNothingWritten() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), "nonce-0001", drafts(2, "a"));
        assertThatThrownBy(() -> ledger.append(Party.US, TestKeys.US.getPrivate(), "nonce-0001", drafts(1, "b")))
                .isInstanceOf(ReplayException.class)
                .hasMessage("replay: nonce 'nonce-0001' of US was already written in entry 2; nothing appended")
                .satisfies(e -> assertThat(((ReplayException) e).original()).isEqualTo(2));
        assertThat(store.entries).hasSize(4);
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), "nonce-0001", drafts(1, "c"));
        assertThat(store.entries.get(4).payload().require("nonce")).isEqualTo("nonce-0001");
    }

    @Test
    void append_replayFromAnotherProcess_refusedByTheStore() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), "nonce-0002", drafts(1, "a"));
        Ledger other = Ledger.open(store, clock);
        store.nonces.clear();
        assertThatThrownBy(() -> other.append(Party.US, TestKeys.US.getPrivate(), "nonce-0002", drafts(1, "b")))
                .isInstanceOf(ReplayException.class).hasMessageContaining("entry 2");
    }

    @Test
    void commit_preparedWritesOfOneParty_oneSignedBatchEachWriteItsNonce() {
        Ledger.Ticket a = ledger.prepare(Party.US, TestKeys.US.getPrivate(), "nonce-0101", drafts(2, "a"));
        Ledger.Ticket b = ledger.prepare(Party.US, TestKeys.US.getPrivate(), "nonce-0102", drafts(1, "b"));
        Ledger.Ticket c = ledger.prepare(Party.RU, TestKeys.RU.getPrivate(), "nonce-0103", drafts(1, "c"));
        ledger.commit(c);
        assertThat(a.batch()).isSameAs(b.batch());
        assertThat(a.batch().entries()).hasSize(3);
        assertThat(c.batch().number()).isEqualTo(a.batch().number() + 1);
        assertThat(store.nonces).extracting(NonceRow::seq).containsSubsequence(2L, 4L, 5L);
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).batches()).isEqualTo(4);
        assertThatThrownBy(() -> ledger.append(Party.US, TestKeys.US.getPrivate(), "nonce-0102", drafts(1, "d")))
                .hasMessageContaining("already written in entry 4;");
    }

    @Test
    void append_entryOfAnotherParty_rejected() {
        LedgerHead head = store.head();
        Entry foreign = Entry.create(2, Party.RU, EntryKind.FINDING, clock.instant(), head.lastHash(),
                Fields.builder().put("note", "forged").put("nonce", "nonce-0003").build());
        MerkleTree t = MerkleTree.ofLeafData(store.entries.stream().map(Entry::canonicalBytes).toList());
        t.appendLeafHash(foreign.leafHash());
        Batch b = Batch.sign(2, Party.US, List.of(foreign), java.util.Map.of(), 3, t.root(), clock.instant(),
                t.consistencyProof(2, 3), TestKeys.US.getPrivate());
        assertThatThrownBy(() -> store.append(b)).hasMessage("entry 2 is by RU but the batch is written by US: a party "
                + "writes only its own records");
        assertThat(store.entries).hasSize(2);
    }

    @Test
    void verify_tamperedPayload_namesTheEntryAndTheCheck() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(3, "a"));
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), drafts(3, "b"));
        Entry e = store.entries.get(6);
        store.entries.set(6, new Entry(e.seq(), e.party(), e.kind(), e.time(), e.prevHash(),
                Fields.builder().put("note", "b9").build(), e.hash()));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .isInstanceOf(BrokenEntryException.class).hasMessageStartingWith("entry 6: entry hash: hash: computed ");
    }

    @Test
    void verify_tamperedBatchSignature_namesTheBatchsFirstEntry() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(3, "a"));
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), drafts(3, "b"));
        BatchHeader h = store.batches.get(3);
        byte[] sig = h.signature();
        sig[5] ^= 1;
        store.batches.set(3, new BatchHeader(h.number(), h.party(), h.firstSeq(), h.lastSeq(), h.treeSize(), h.root(),
                h.time(), h.consistency(), sig));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessage("entry 5: batch 3 (entries 5..7): signature does not verify under RU's registered key");
    }

    @Test
    void verify_swappedPublicKeyInThePartiesTable_namesTheRegistration() {
        PartyRow us = store.parties.get("US");
        store.parties.put("US", new PartyRow("US", Ed25519.publicText(TestKeys.RU.getPublic()), us.tokenSha256(),
                us.registeredAt()));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .isInstanceOf(BrokenEntryException.class)
                .hasMessageStartingWith("entry 0: registration: parties table: public_key '");
    }

    @Test
    void verify_changedTokenHashOrTime_namesTheRegistration() {
        PartyRow ru = store.parties.get("RU");
        store.parties.put("RU", new PartyRow("RU", ru.publicKey(), Hex.of(new byte[32]), ru.registeredAt()));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessageStartingWith("entry 1: registration: parties table: token_hash '");
        store.parties.put("RU", new PartyRow("RU", ru.publicKey(), ru.tokenSha256(), "2011-09-01T00:00:01Z"));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessageStartingWith("entry 1: registration: parties table: registered_at '");
    }

    @Test
    void verify_nonceRowDeletedOrMoved_namesTheBatch() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), "nonce-0004", drafts(2, "a"));
        NonceRow row = store.nonces.remove(2);
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessage("entry 2: nonces table: no row for nonce 'nonce-0004' of US: its replay would not be refused");
        store.nonces.add(new NonceRow(row.party(), row.nonce(), 3));
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessage("entry 2: nonces table: the row for nonce 'nonce-0004' names entry 3, expected 2");
    }

    @Test
    void verify_entryRowNamingAnotherBatch_namesTheEntry() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(2, "a"));
        store.links.put(3L, 1L);
        assertThatThrownBy(() -> LedgerVerifier.verify(store, EntryCheck.NONE, null))
                .hasMessage("entry 3: batch: the entry row names batch 1, the signed batch covering it is 2");
    }

    @Test
    void reopen_rebuildsTheStateAndContinues() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), "nonce-0005", drafts(5, "a"));
        Ledger again = Ledger.open(store, clock);
        assertThat(again.root()).isEqualTo(ledger.root());
        assertThat(again.nonceEntry(Party.US, "nonce-0005")).contains(2L);
        assertThat(again.key(Party.RU).orElseThrow()).isEqualTo(TestKeys.RU.getPublic());
        again.append(Party.RU, TestKeys.RU.getPrivate(), drafts(2, "b"));
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).entries()).isEqualTo(9);
    }

    @Test
    void open_storeWhoseLastBatchIsForged_refused() {
        ledger.append(Party.US, TestKeys.US.getPrivate(), drafts(2, "a"));
        BatchHeader h = store.batches.get(2);
        byte[] sig = h.signature();
        sig[0] ^= 1;
        store.batches.set(2, new BatchHeader(h.number(), h.party(), h.firstSeq(), h.lastSeq(), h.treeSize(), h.root(),
                h.time(), h.consistency(), sig));
        assertThatThrownBy(() -> Ledger.open(store, clock)).isInstanceOf(BrokenEntryException.class)
                .hasMessage("entry 2: signed head: batch 2's signature does not verify under US's registered key");
    }

    @Test
    void commit_concurrentWriters_committedTogetherAndAllVerify() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            Party p = w % 2 == 0 ? Party.US : Party.RU;
            var key = w % 2 == 0 ? TestKeys.US.getPrivate() : TestKeys.RU.getPrivate();
            String tag = "w" + w;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    ledger.append(p, key, drafts(1, tag + "-" + i));
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(store.entries).hasSize(2 + 8 * 25);
        LedgerReport r = LedgerVerifier.verify(store, EntryCheck.NONE, null);
        assertThat(r.entries()).isEqualTo(2 + 8 * 25);
        // consecutive writes of one party may share a signed batch; each write keeps its own nonce row
        assertThat(r.batches()).isBetween(3L, 2L + 8 * 25);
        assertThat(store.nonces).hasSize(2 + 8 * 25);
    }
}
