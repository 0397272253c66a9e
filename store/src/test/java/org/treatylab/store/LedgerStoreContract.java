package org.treatylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.Batch;
import org.treatylab.verification.ledger.BrokenEntryException;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.regime.Finding;
import org.treatylab.verification.regime.Regime;
import org.treatylab.verification.regime.RegimeChecks;
import org.treatylab.verification.regime.Reveal;
import org.treatylab.verification.signing.Ed25519;

/** The ledger store's behaviour, run on every database: each subclass supplies a fresh, empty database. */
abstract class LedgerStoreContract {
    static final KeyPair US = Ed25519.generate(new SecureRandom());
    static final KeyPair RU = Ed25519.generate(new SecureRandom());
    static final String US_TOKEN = ApiTokens.newToken(new SecureRandom());

    @TempDir
    Path dir;
    String target;
    JdbcLedgerStore store;

    /** A store target (file path or JDBC URL) of a new empty database. */
    abstract String newTarget() throws Exception;

    @BeforeEach
    void open() throws Exception {
        target = newTarget();
        store = Stores.open(target, true);
        register(store);
    }

    /** Registers US and RU (their signed registration entries, 0 and 1) as {@code ledger init} does. */
    static void register(JdbcLedgerStore store) {
        Ledger ledger = Ledger.open(store, Clock.systemUTC());
        ledger.register(Party.US, US, ApiTokens.hash(US_TOKEN));
        ledger.register(Party.RU, RU, ApiTokens.hash(ApiTokens.newToken(new SecureRandom())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    String jdbcUrl() {
        return Stores.isUrl(target) ? target : "jdbc:sqlite:" + target;
    }

    void sql(String statement) {
        store.close();
        Jdbi.create(jdbcUrl()).useHandle(h -> h.execute(statement));
        store = Stores.open(target, false);
    }

    long count(String table) {
        return Jdbi.create(jdbcUrl()).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class).one());
    }

    Regime regime() {
        return new Regime(Ledger.open(store, Clock.systemUTC()), Clock.systemUTC(), new SplittableRandom(5));
    }

    static Item item(String uid, ItemStatus s, String facility, long w) {
        return new Item(Party.US, uid, "Minuteman III", Category.ICBM, s, facility, w);
    }

    void walk(Regime r) {
        r.declare(Party.US, US.getPrivate(), List.of(item("M1", ItemStatus.DEPLOYED, "Malmstrom", 1),
                item("M2", ItemStatus.DEPLOYED, "Malmstrom", 1), item("M3", ItemStatus.NON_DEPLOYED, "Hill", 0)));
        r.exchange(Party.US, US.getPrivate(), Treaties.byId("new-start").orElseThrow(), LocalDate.of(2011, 9, 1));
        Reveal rev = r.reveal(Party.US, US.getPrivate(), "Malmstrom");
        Finding f = r.inspect(Party.RU, RU.getPrivate(), Party.US, "Malmstrom",
                rev.openings().stream().map(Opening::item).toList());
        assertThat(f.consistent()).isTrue();
    }

    @Test
    void parties_registeredKeysAndTokens_readBack() {
        assertThat(store.parties()).containsExactly(Party.RU, Party.US);
        assertThat(store.publicKey(Party.US).orElseThrow().getEncoded()).isEqualTo(US.getPublic().getEncoded());
        assertThat(store.partyForTokenHash(ApiTokens.hash(US_TOKEN))).contains(Party.US);
        assertThat(store.partyForTokenHash(ApiTokens.hash(US_TOKEN + "x"))).isEmpty();
        assertThatThrownBy(() -> Ledger.open(store, Clock.systemUTC()).register(Party.US, RU, new byte[32]))
                .hasMessage("party US is already registered");
        assertThat(store.partyRows()).extracting(r -> r.code()).containsExactly("RU", "US");
        assertThat(store.entries(0, 2)).extracting(Entry::kind).containsOnly(EntryKind.REGISTRATION);
    }

    @Test
    void entriesOfPartyAndKind_databaseQuery_matchesTheScanOfEveryEntry() {
        walk(regime());
        List<Entry> all = new ArrayList<>();
        store.scan(0, all::add);
        assertThat(all).hasSize((int) count("entries"));
        assertThat(all).extracting(Entry::seq).isSorted().doesNotHaveDuplicates();
        List<Entry> middle = new ArrayList<>();
        store.scan(2, 3, middle::add);
        assertThat(middle).extracting(Entry::seq).containsExactly(2L, 3L);
        for (Party p : List.of(Party.US, Party.RU)) {
            for (java.util.Set<EntryKind> kinds : List.of(java.util.Set.of(EntryKind.DECLARATION),
                    java.util.Set.of(EntryKind.DECLARATION, EntryKind.EXCHANGE), java.util.Set.of(EntryKind.FINDING))) {
                List<Long> expected = all.stream().filter(e -> e.party().equals(p) && kinds.contains(e.kind()))
                        .map(Entry::seq).toList();
                assertThat(store.entries(p, kinds)).extracting(Entry::seq).as(p + " " + kinds)
                        .containsExactlyElementsOf(expected);
            }
        }
        assertThat(store.entries(null, java.util.Set.of(EntryKind.REVEAL))).extracting(Entry::kind)
                .containsExactly(EntryKind.REVEAL);
        assertThat(store.entries(Party.US, java.util.Set.of(EntryKind.DECLARATION))).hasSize(3);
    }

    @Test
    void drafts_portKeepsTextsByIdBesideTheLedger() {
        org.treatylab.domain.treaty.TreatyDrafts drafts = store.drafts();
        drafts.put("b-draft", "id = b-draft\n");
        drafts.put("a-draft", "id = a-draft\n");
        drafts.put("b-draft", "id = b-draft\nparties = US, RU\n");
        assertThat(drafts.all().keySet()).containsExactly("a-draft", "b-draft");
        assertThat(drafts.get("b-draft")).contains("id = b-draft\nparties = US, RU\n");
        assertThat(drafts.remove("a-draft")).isTrue();
        assertThat(drafts.remove("a-draft")).isFalse();
        assertThat(drafts.get("a-draft")).isEmpty();
    }

    @Test
    void regimeWalk_persistsAndVerifiesAfterReopen() {
        walk(regime());
        long entries = count("entries");
        store.close();
        store = Stores.open(target, false);
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(entries);
        assertThat(store.privatePart(2, Party.RU)).isEmpty();
        assertThat(store.privatePart(2, Party.US)).isPresent();
    }

    @Test
    void append_forgedSignatureOrWrongParty_rejectedAndNothingLeft() {
        walk(regime());
        long[] before = {count("entries"), count("batches"), count("private_parts")};
        Ledger ledger = Ledger.open(store, Clock.systemUTC());
        List<Ledger.Draft> drafts = List.of(new Ledger.Draft(EntryKind.FINDING, Fields.builder().put("of", "US").build(),
                null));
        assertThatThrownBy(() -> ledger.append(Party.RU, US.getPrivate(), drafts))
                .isInstanceOf(VerificationException.class).hasMessageContaining("does not verify under RU's registered key");
        var head = store.head();
        Entry foreign = Entry.create(head.size(), Party.US, EntryKind.FINDING, java.time.Instant.now(), head.lastHash(),
                Fields.builder().put("of", "RU").put("nonce", "forged-nonce").build());
        MerkleTree t = new MerkleTree();
        store.entries(0, 1000).forEach(e -> t.appendLeafHash(e.leafHash()));
        t.appendLeafHash(foreign.leafHash());
        Batch wrongParty = Batch.sign(head.batches(), Party.RU, List.of(foreign), Map.of(foreign.seq(),
                Fields.builder().put("secret", "y").build()), t.size(), t.root(), java.time.Instant.now(),
                t.consistencyProof(head.size(), t.size()), RU.getPrivate());
        assertThatThrownBy(() -> store.append(wrongParty)).hasMessageContaining("a party writes only its own records");
        assertThat(new long[] {count("entries"), count("batches"), count("private_parts")}).isEqualTo(before);
        ledger.append(Party.RU, RU.getPrivate(), drafts);
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(before[0] + 1);
    }

    @Test
    void tamper_anyColumnOfACommittedEntry_verifyNamesTheEntry() {
        walk(regime());
        String[][] edits = {
            {"payload", "payload || 'x=1\n'"}, {"party", "'RU'"}, {"kind", "'finding'"},
            {"created_at", "'2001-01-01T00:00:00Z'"}, {"prev_hash", "'" + "0".repeat(64) + "'"},
            {"hash", "'" + "1".repeat(64) + "'"}};
        for (String[] edit : edits) {
            String original = Jdbi.create(jdbcUrl()).withHandle(h -> h.createQuery("SELECT " + edit[0]
                    + " FROM entries WHERE seq = 2").mapTo(String.class).one());
            sql("UPDATE entries SET " + edit[0] + " = " + edit[1] + " WHERE seq = 2");
            assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null)).as(edit[0])
                    .isInstanceOf(BrokenEntryException.class).hasMessageStartingWith("entry 2: ");
            store.close();
            Jdbi.create(jdbcUrl()).useHandle(h -> h.createUpdate("UPDATE entries SET " + edit[0] + " = :v WHERE seq = 2")
                    .bind("v", original).execute());
            store = Stores.open(target, false);
        }
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(count("entries"));
    }

    @Test
    void tamper_randomBytesOfPayloads_seeded_alwaysDetectedAtThatEntry() {
        walk(regime());
        long n = count("entries");
        Random rnd = new Random(99);
        for (int trial = 0; trial < 8; trial++) {
            long seq = rnd.nextInt((int) n);
            String payload = Jdbi.create(jdbcUrl()).withHandle(h -> h.createQuery("SELECT payload FROM entries WHERE seq = :s")
                    .bind("s", seq).mapTo(String.class).one());
            int at = rnd.nextInt(payload.length());
            char c = payload.charAt(at);
            char replacement = c == 'a' ? 'b' : 'a';
            String changed = payload.substring(0, at) + replacement + payload.substring(at + 1);
            store.close();
            Jdbi.create(jdbcUrl()).useHandle(h -> h.createUpdate("UPDATE entries SET payload = :p WHERE seq = :s")
                    .bind("p", changed).bind("s", seq).execute());
            store = Stores.open(target, false);
            assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                    .hasMessageStartingWith("entry " + seq + ": ");
            store.close();
            Jdbi.create(jdbcUrl()).useHandle(h -> h.createUpdate("UPDATE entries SET payload = :p WHERE seq = :s")
                    .bind("p", payload).bind("s", seq).execute());
            store = Stores.open(target, false);
        }
    }

    @Test
    void tamper_privateDeclarationOrBatchRoot_verifyFails() {
        walk(regime());
        sql("UPDATE private_parts SET payload = REPLACE(payload, 'item.warheads=1', 'item.warheads=2') WHERE seq = 2");
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessageStartingWith("entry 2: private part: sha256: computed ");
        sql("UPDATE private_parts SET payload = REPLACE(payload, 'item.warheads=2', 'item.warheads=1') WHERE seq = 2");
        sql("UPDATE batches SET root = '" + "ab".repeat(32) + "' WHERE number = 3");
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessageStartingWith("entry 5: batch 3 (entries 5..5): root: computed ");
    }

    @Test
    void tamper_partyOfAPrivatePartOrItsRow_namesTheDeclaration() {
        walk(regime());
        sql("UPDATE private_parts SET party = 'Us' WHERE seq = 3");
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .isInstanceOf(BrokenEntryException.class)
                .hasMessage("entry 3: private part: stored under party 'Us', the entry is US's");
        sql("DELETE FROM private_parts WHERE seq = 3");
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessage("entry 3: private part: missing (a declaration commits to one)");
    }

    @Test
    void tamper_swappedPublicKey_forgedEntriesDoNotVerify() {
        walk(regime());
        sql("UPDATE parties SET public_key = '" + Ed25519.publicText(RU.getPublic()) + "' WHERE code = 'US'");
        // the store's own check now takes RU's key for US, so a batch forged with it is accepted ...
        var head = store.head();
        Entry forged = Entry.create(head.size(), Party.US, EntryKind.FINDING, java.time.Instant.now(), head.lastHash(),
                Fields.builder().put("of", "RU").put("nonce", "forged-nonce").build());
        MerkleTree t = new MerkleTree();
        store.scan(0, e -> t.appendLeafHash(e.leafHash()));
        t.appendLeafHash(forged.leafHash());
        store.append(Batch.sign(head.batches(), Party.US, List.of(forged), Map.of(), t.size(), t.root(),
                java.time.Instant.now(), t.consistencyProof(head.size(), t.size()), RU.getPrivate()));
        // ... but the verifier takes keys from the signed registrations and compares the table with them
        assertThatThrownBy(() -> Ledger.open(store, Clock.systemUTC())).isInstanceOf(BrokenEntryException.class)
                .hasMessageContaining("signature does not verify under US's registered key");
        assertThatThrownBy(() -> LedgerVerifier.verify(store, new RegimeChecks(), null))
                .hasMessageStartingWith("entry 0: registration: parties table: public_key '");
    }

    @Test
    void crash_childKilledRepeatedly_everyAcknowledgedEntryKeptAndLedgerVerifies() throws Exception {
        store.close();
        Path key = dir.resolve("us.key");
        Files.writeString(key, Ed25519.privatePem(US.getPrivate()));
        long acknowledged = -1;
        Random rnd = new Random(3);
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), target, key.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int wanted = 5 + rnd.nextInt(20);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int acks = 0; acks < wanted; ) {
                    String line = out.readLine();
                    assertThat(line).as("child ended early in round %d", round).isNotNull();
                    if (line.startsWith("ack ")) {
                        acknowledged = Math.max(acknowledged, Long.parseLong(line.substring(4)));
                        acks++;
                    }
                }
                child.destroyForcibly();
                child.waitFor();
            }
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
        store = Stores.open(target, false);
        long kept = store.head().size();
        assertThat(kept).isGreaterThan(acknowledged);
        assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(kept);
        assertThat(new ArrayList<>(store.entries(acknowledged, 1))).hasSize(1);
    }
}
