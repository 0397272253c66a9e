package org.treatylab.verification.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.verification.VerificationException;

class MerkleTreeTest {

    @Test
    void emptyTree_root_isSha256OfNothing() {
        assertThat(Hex.of(new MerkleTree().root())).isEqualTo(RfcVectors.EMPTY_ROOT);
    }

    @Test
    void rfcVectors_rootsOfOneToEightLeaves_match() {
        for (int n = 1; n <= 8; n++) {
            assertThat(Hex.of(RfcVectors.tree(n).root())).as("size %d", n).isEqualTo(RfcVectors.ROOTS.get(n - 1));
            assertThat(Hex.of(RfcVectors.tree(8).root(n))).as("size %d from the 8-leaf tree", n)
                    .isEqualTo(RfcVectors.ROOTS.get(n - 1));
        }
    }

    @Test
    void rfcVectors_inclusionProofs_matchAndVerify() {
        MerkleTree t = RfcVectors.tree(8);
        for (RfcVectors.Inclusion v : RfcVectors.INCLUSION) {
            InclusionProof p = t.inclusionProof(v.index(), v.size());
            assertThat(p.hexPath()).as("leaf %d of %d", v.index(), v.size()).isEqualTo(v.path());
            byte[] root = Hex.parse(RfcVectors.ROOTS.get((int) v.size() - 1));
            assertThatCode(() -> ProofVerifier.verifyInclusion(p, t.leafHash((int) v.index()), root))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void rfcVectors_consistencyProofs_matchAndVerify() {
        MerkleTree t = RfcVectors.tree(8);
        for (RfcVectors.Consistency v : RfcVectors.CONSISTENCY) {
            ConsistencyProof p = t.consistencyProof(v.oldSize(), v.newSize());
            assertThat(p.hexPath()).as("%d to %d", v.oldSize(), v.newSize()).isEqualTo(v.path());
            byte[] oldRoot = Hex.parse(RfcVectors.ROOTS.get((int) v.oldSize() - 1));
            byte[] newRoot = Hex.parse(RfcVectors.ROOTS.get((int) v.newSize() - 1));
            assertThatCode(() -> ProofVerifier.verifyConsistency(p, oldRoot, newRoot)).doesNotThrowAnyException();
        }
    }

    @Test
    void seededRandomTrees_rootsPathsAndProofs_matchTheRecursiveReference() {
        Random rnd = new Random(20260905L);
        List<Integer> sizes = new ArrayList<>();
        for (int n = 0; n <= 40; n++) {
            sizes.add(n);
        }
        for (int i = 0; i < 6; i++) {
            sizes.add(41 + rnd.nextInt(400));
        }
        for (int n : sizes) {
            List<byte[]> data = randomLeaves(rnd, n);
            MerkleTree t = MerkleTree.ofLeafData(data);
            assertThat(t.root()).as("root of %d", n).isEqualTo(ReferenceMerkle.mth(data));
            for (int i = 0; i < 12 && n > 0; i++) {
                int size = 1 + rnd.nextInt(n);
                int m = rnd.nextInt(size);
                InclusionProof p = t.inclusionProof(m, size);
                assertThat(ReferenceMerkle.same(p.path(), ReferenceMerkle.path(m, data.subList(0, size))))
                        .as("path of %d in %d", m, size).isTrue();
                ProofVerifier.verifyInclusion(p, MerkleHashes.leaf(data.get(m)), ReferenceMerkle.mth(data.subList(0, size)));
                int old = rnd.nextInt(size + 1);
                ConsistencyProof c = t.consistencyProof(old, size);
                List<byte[]> expected = old == 0 ? List.of() : ReferenceMerkle.proof(old, data.subList(0, size));
                assertThat(ReferenceMerkle.same(c.path(), expected)).as("proof %d to %d", old, size).isTrue();
                ProofVerifier.verifyConsistency(c, ReferenceMerkle.mth(data.subList(0, old)),
                        ReferenceMerkle.mth(data.subList(0, size)));
            }
        }
    }

    @Test
    void build_parallelAndAppended_giveTheSameTree() {
        Random rnd = new Random(7);
        int n = 20_001;
        byte[] packed = new byte[n * 32];
        MerkleTree appended = new MerkleTree();
        for (int i = 0; i < n; i++) {
            byte[] h = MerkleHashes.leaf(Integer.toString(rnd.nextInt()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            System.arraycopy(h, 0, packed, i * 32, 32);
            appended.appendLeafHash(h);
        }
        MerkleTree parallel = MerkleTree.build(packed, n, true);
        MerkleTree serial = MerkleTree.build(packed, n, false);
        assertThat(parallel.root()).isEqualTo(appended.root()).isEqualTo(serial.root());
        assertThat(parallel.root(12_345)).isEqualTo(appended.root(12_345));
        assertThat(parallel.inclusionProof(9_999, n).hexPath()).isEqualTo(appended.inclusionProof(9_999, n).hexPath());
    }

    @Test
    void inclusion_corruptedProofs_areRejected() {
        MerkleTree t = RfcVectors.tree(8);
        byte[] root = t.root();
        for (int index = 0; index < 8; index++) {
            InclusionProof p = t.inclusionProof(index, 8);
            byte[] leaf = t.leafHash(index);
            List<byte[]> path = p.path();
            List<Runnable> probes = new ArrayList<>();
            long i = index;
            probes.add(() -> ProofVerifier.verifyInclusion(i ^ 1, 8, leaf, path, root));
            probes.add(() -> ProofVerifier.verifyInclusion(i, 16, leaf, path, root));
            probes.add(() -> ProofVerifier.verifyInclusion(i, 4, leaf, path, root));
            byte[] other = t.leafHash((index + 1) % 8);
            probes.add(() -> ProofVerifier.verifyInclusion(i, 8, other, path, root));
            probes.add(() -> ProofVerifier.verifyInclusion(i, 8, leaf, path, MerkleHashes.emptyRoot()));
            probes.add(() -> ProofVerifier.verifyInclusion(i, 8, leaf, plus(path, root), root));
            probes.add(() -> ProofVerifier.verifyInclusion(i, 8, leaf, plus(List.of(root), path), root));
            probes.add(() -> ProofVerifier.verifyInclusion(i, 8, leaf, path.subList(0, path.size() - 1), root));
            for (int j = 0; j < path.size(); j++) {
                List<byte[]> flipped = p.path();
                flipped.get(j)[0] ^= 8;
                probes.add(() -> ProofVerifier.verifyInclusion(i, 8, leaf, flipped, root));
            }
            for (Runnable probe : probes) {
                assertThatThrownBy(probe::run).isInstanceOf(VerificationException.class);
            }
        }
    }

    @Test
    void consistency_corruptedProofs_areRejected() {
        MerkleTree t = RfcVectors.tree(8);
        for (int m = 1; m < 8; m++) {
            for (int n = m + 1; n <= 8; n++) {
                List<byte[]> path = t.consistencyProof(m, n).path();
                byte[] r1 = t.root(m);
                byte[] r2 = t.root(n);
                long mm = m;
                long nn = n;
                List<Runnable> probes = new ArrayList<>();
                probes.add(() -> ProofVerifier.verifyConsistency(mm - 1, nn, r1, r2, path));
                probes.add(() -> ProofVerifier.verifyConsistency(mm + 1, nn, r1, r2, path));
                probes.add(() -> ProofVerifier.verifyConsistency(mm, nn * 2, r1, r2, path));
                probes.add(() -> ProofVerifier.verifyConsistency(mm, nn, r2, r1, path));
                probes.add(() -> ProofVerifier.verifyConsistency(mm, nn, r1, r2, List.of()));
                probes.add(() -> ProofVerifier.verifyConsistency(mm, nn, r1, r2, plus(path, r1)));
                probes.add(() -> ProofVerifier.verifyConsistency(mm, nn, r1, r2, plus(List.of(r2), path)));
                probes.add(() -> ProofVerifier.verifyConsistency(mm, nn, r1, r2, path.subList(0, path.size() - 1)));
                for (int j = 0; j < path.size(); j++) {
                    List<byte[]> flipped = t.consistencyProof(m, n).path();
                    flipped.get(j)[0] ^= 16;
                    probes.add(() -> ProofVerifier.verifyConsistency(mm, nn, r1, r2, flipped));
                }
                for (Runnable probe : probes) {
                    assertThatThrownBy(probe::run).as("%d to %d", m, n).isInstanceOf(VerificationException.class);
                }
            }
        }
    }

    @Test
    void verifyInclusion_wrongRoot_saysComputedAndExpected() {
        MerkleTree t = RfcVectors.tree(8);
        byte[] wrong = RfcVectors.tree(7).root();
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(t.inclusionProof(0, 8), t.leafHash(0), wrong))
                .hasMessage("root: computed " + RfcVectors.ROOTS.get(7) + ", expected " + RfcVectors.ROOTS.get(6));
    }

    @Test
    void verifyInclusion_hugeUntrustedPath_rejectedByLengthBeforeHashing() {
        List<byte[]> huge = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            huge.add(new byte[32]);
        }
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(3, Long.MAX_VALUE, new byte[32], huge, new byte[32]))
                .hasMessage("inclusion proof length: computed 10000 hashes, expected 63 hashes");
    }

    @Test
    void verifyConsistency_trivialSizes_followTheConventions() {
        byte[] a = RfcVectors.tree(1).root();
        byte[] b = RfcVectors.tree(2).root();
        assertThatCode(() -> ProofVerifier.verifyConsistency(0, 5, a, b, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> ProofVerifier.verifyConsistency(2, 2, b, b, List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(2, 2, a, b, List.of()))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(3, 2, a, b, List.of()))
                .hasMessage("old size 3 must be between 0 and new size 2");
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(0, 2, a, b, List.of(a)))
                .isInstanceOf(VerificationException.class);
    }

    private static List<byte[]> randomLeaves(Random rnd, int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] d = new byte[rnd.nextInt(40)];
            rnd.nextBytes(d);
            out.add(d);
        }
        return out;
    }

    private static List<byte[]> plus(List<byte[]> a, byte[] b) {
        List<byte[]> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    private static List<byte[]> plus(List<byte[]> a, List<byte[]> b) {
        List<byte[]> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
