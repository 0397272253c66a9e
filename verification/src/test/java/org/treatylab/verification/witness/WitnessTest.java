package org.treatylab.verification.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.signing.Ed25519;
import org.treatylab.verification.signing.PublicKeyFile;

class WitnessTest {
    private static final KeyPair HOST = Ed25519.generate(new SecureRandom(new byte[] {1}));
    private static final KeyPair OTHER = Ed25519.generate(new SecureRandom(new byte[] {2}));
    private static final Instant T = Instant.parse("2026-11-30T07:00:00Z");

    private static MerkleTree tree(int n, int changedLeaf) {
        MerkleTree t = new MerkleTree();
        for (int i = 0; i < n; i++) {
            t.appendLeafData(new byte[] {(byte) i, (byte) (i == changedLeaf ? 1 : 0)});
        }
        return t;
    }

    private static SignedLogHead head(MerkleTree t, int size, KeyPair key) {
        return SignedLogHead.sign(new LogHead(PublicKeyFile.fingerprint(key.getPublic()), size, t.root(size),
                T.plusSeconds(size)), key.getPrivate());
    }

    @Test
    void check_growingLog_everyOldSizeToEveryNewSizeHolds() {
        MerkleTree t = tree(13, -1);
        for (int m = 0; m <= 13; m++) {
            for (int n = m; n <= 13; n++) {
                SignedLogHead seen = head(t, m, HOST);
                SignedLogHead now = head(t, n, HOST);
                var proof = t.consistencyProof(m, n);
                assertThatCode(() -> Witness.check(seen, now, HOST.getPublic(), proof)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void check_oldEntryRewritten_isAForkWithBothHeads() {
        MerkleTree honest = tree(10, -1);
        MerkleTree rewritten = tree(12, 3); // leaf 3 changed, then two more appended
        SignedLogHead seen = head(honest, 7, HOST);
        SignedLogHead now = head(rewritten, 12, HOST);
        assertThatThrownBy(() -> Witness.check(seen, now, HOST.getPublic(), rewritten.consistencyProof(7, 12)))
                .isInstanceOfSatisfying(ForkException.class, e -> {
                    assertThat(e.seen()).isSameAs(seen);
                    assertThat(e.now()).isSameAs(now);
                }).hasMessageStartingWith("fork: the log of 12 entries").hasMessageContaining("old root: computed ");
    }

    @Test
    void check_rewrittenLeafOutsideTheOldTree_stillConsistent() {
        // a change after the witnessed size is not history the witness saw: an extension, not a fork
        MerkleTree rewritten = tree(12, 9);
        assertThatCode(() -> Witness.check(head(tree(10, -1), 7, HOST), head(rewritten, 12, HOST), HOST.getPublic(),
                rewritten.consistencyProof(7, 12))).doesNotThrowAnyException();
    }

    @Test
    void check_smallerTree_isARollback() {
        MerkleTree t = tree(9, -1);
        assertThatThrownBy(() -> Witness.check(head(t, 9, HOST), head(t, 5, HOST), HOST.getPublic(), null))
                .isInstanceOf(ForkException.class).hasMessageStartingWith("rollback: the host now signs a log of 5 entries");
    }

    @Test
    void check_twoRootsForOneSize_isAFork() {
        assertThatThrownBy(() -> Witness.check(head(tree(6, -1), 6, HOST), head(tree(6, 0), 6, HOST), HOST.getPublic(),
                null)).isInstanceOf(ForkException.class).hasMessageStartingWith("fork: two roots signed for 6 entries");
    }

    @Test
    void check_headSignedByAnotherKey_orForgedBytes_isRejected() {
        MerkleTree t = tree(4, -1);
        SignedLogHead byOther = head(t, 4, OTHER);
        assertThatThrownBy(() -> Witness.check(null, byOther, HOST.getPublic(), null))
                .isInstanceOf(VerificationException.class).hasMessageStartingWith("log id: computed ");
        SignedLogHead good = head(t, 4, HOST);
        SignedLogHead forged = new SignedLogHead(new LogHead(good.head().logId(), 4, tree(4, 2).root(),
                good.head().time()), good.signature());
        assertThatThrownBy(() -> Witness.check(null, forged, HOST.getPublic(), null))
                .isInstanceOf(VerificationException.class).hasMessageContaining("does not verify under the host key");
    }

    @Test
    void check_missingOrWrongSizedProof_isRejectedNotAccepted() {
        MerkleTree t = tree(8, -1);
        assertThatThrownBy(() -> Witness.check(head(t, 3, HOST), head(t, 8, HOST), HOST.getPublic(), null))
                .hasMessageContaining("no consistency proof from 3 to 8");
        assertThatThrownBy(() -> Witness.check(head(t, 3, HOST), head(t, 8, HOST), HOST.getPublic(),
                t.consistencyProof(4, 8))).hasMessageContaining("no consistency proof from 3 to 8");
    }

    @Test
    void publicKeyFile_roundTrip_andEditedFileRejected() {
        PublicKeyFile f = PublicKeyFile.of("US", HOST);
        PublicKeyFile back = PublicKeyFile.parse(f.text());
        assertThat(back.key()).isEqualTo(HOST.getPublic());
        assertThat(back.matches(HOST.getPrivate())).isTrue();
        assertThat(back.matches(OTHER.getPrivate())).isFalse();
        assertThatThrownBy(() -> PublicKeyFile.parse(f.text().replace("owner=US", "owner=RU")))
                .hasMessageStartingWith("signature: does not verify");
        assertThatThrownBy(() -> PublicKeyFile.parse("owner=US\n")).hasMessage("missing field 'public_key'");
        new SplittableRandom(7).ints(50, 0, f.text().length()).forEach(i -> {
            String text = f.text();
            char c = text.charAt(i);
            String mutated = text.substring(0, i) + (char) (c == '0' ? '1' : '0') + text.substring(i + 1);
            if (!mutated.equals(text) && i > text.indexOf("owner=")) {
                assertThatThrownBy(() -> PublicKeyFile.parse(mutated)).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }
}
