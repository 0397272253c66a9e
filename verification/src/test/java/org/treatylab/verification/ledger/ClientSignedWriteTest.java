package org.treatylab.verification.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.verification.TestKeys;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;
import org.treatylab.verification.signing.Ed25519;

/**
 * A write signed by the party's own client: the ledger gives the exact bytes, the client signs them with a key the
 * ledger never holds, and the ledger appends only what verifies under the party's registered key.
 */
class ClientSignedWriteTest {
    private static final Instant T = Instant.parse("2011-09-01T00:00:00Z");
    private MemoryLedgerStore store;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        store = new MemoryLedgerStore();
        ledger = Ledger.open(store, Clock.fixed(T, ZoneOffset.UTC));
        ledger.register(Party.US, TestKeys.US, new byte[32]);
        ledger.register(Party.RU, TestKeys.RU, new byte[32]);
    }

    private static List<Ledger.Draft> finding(String note) {
        return List.of(new Ledger.Draft(EntryKind.FINDING, Fields.builder().put("of", "RU").put("note", note).build(),
                null));
    }

    @Test
    void appendSigned_bytesSignedByTheClient_appendedAndVerifiable() {
        Ledger.SigningRequest r = ledger.signingRequest(Party.US, "client-nonce-1", T, finding("a"));
        // what the client checks before it signs: the entry it is shown hashes to the last hash in the bytes
        Entry e = r.entries().get(0);
        String text = new String(r.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("treatylab-ledger-batch/v1\n2\nUS\n2\n1\n" + Hex.of(Sha256.hash(e.canonicalBytes())));
        assertThat(e.payload().require("nonce")).isEqualTo("client-nonce-1");
        assertThat(store.entries).hasSize(2);
        ledger.appendSigned(Party.US, "client-nonce-1", T, finding("a"), Ed25519.sign(TestKeys.US.getPrivate(),
                r.bytes()));
        assertThat(store.entries).hasSize(3);
        assertThat(store.entries.get(2).hash()).isEqualTo(e.hash());
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).entries()).isEqualTo(3);
    }

    @Test
    void appendSigned_otherPartysKey_badSignature_movedHead_replay_eachRefusedAndNothingWritten() {
        byte[] bytes = ledger.signingRequest(Party.US, "client-nonce-2", T, finding("b")).bytes();
        assertThatThrownBy(() -> ledger.appendSigned(Party.US, "client-nonce-2", T, finding("b"),
                Ed25519.sign(TestKeys.RU.getPrivate(), bytes))).isInstanceOf(WriteRejectedException.class)
                .hasMessageContaining("signature does not verify under US's registered key");
        byte[] bad = Ed25519.sign(TestKeys.US.getPrivate(), bytes);
        bad[5] ^= 1;
        assertThatThrownBy(() -> ledger.appendSigned(Party.US, "client-nonce-2", T, finding("b"), bad))
                .isInstanceOf(WriteRejectedException.class).hasMessageContaining("does not verify");
        // signed for other drafts than those submitted
        assertThatThrownBy(() -> ledger.appendSigned(Party.US, "client-nonce-2", T, finding("c"),
                Ed25519.sign(TestKeys.US.getPrivate(), bytes))).isInstanceOf(WriteRejectedException.class);
        assertThat(store.entries).hasSize(2);
        // the head moves before the signed bytes come back: they no longer describe the write
        ledger.append(Party.RU, TestKeys.RU.getPrivate(), finding("ru"));
        assertThatThrownBy(() -> ledger.appendSigned(Party.US, "client-nonce-2", T, finding("b"),
                Ed25519.sign(TestKeys.US.getPrivate(), bytes))).isInstanceOf(WriteRejectedException.class);
        assertThat(store.entries).hasSize(3);
        byte[] fresh = ledger.signingRequest(Party.US, "client-nonce-2", T, finding("b")).bytes();
        ledger.appendSigned(Party.US, "client-nonce-2", T, finding("b"), Ed25519.sign(TestKeys.US.getPrivate(), fresh));
        assertThatThrownBy(() -> ledger.signingRequest(Party.US, "client-nonce-2", T, finding("b")))
                .isInstanceOf(ReplayException.class);
        assertThat(store.entries).hasSize(4);
        assertThat(LedgerVerifier.verify(store, EntryCheck.NONE, null).entries()).isEqualTo(4);
    }
}
