package org.treatylab.bench.verification;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.treatylab.verification.merkle.InclusionProof;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.ProofVerifier;
import org.treatylab.verification.merkle.Sha256;

/**
 * RFC 9162 inclusion-proof verifications per second (one proof per operation, cycling through 4,096 proofs at
 * random leaves). Goal: at least 10^5 per second.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar InclusionProofBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InclusionProofBenchmark {
    @Param({"1024", "1000000"})
    int size;

    private InclusionProof[] proofs;
    private byte[][] leaves;
    private byte[] root;
    private int next;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(2);
        byte[] packed = new byte[size * Sha256.LENGTH];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (byte) rnd.nextInt();
        }
        MerkleTree t = MerkleTree.build(packed, size, true);
        root = t.root();
        proofs = new InclusionProof[4096];
        leaves = new byte[proofs.length][];
        for (int i = 0; i < proofs.length; i++) {
            int idx = rnd.nextInt(size);
            proofs[i] = t.inclusionProof(idx, size);
            leaves[i] = t.leafHash(idx);
        }
    }

    /** One operation: verifying one RFC 9162 inclusion proof (a prepared proof, leaf hash and root). */
    @Benchmark
    public void verifyInclusion() {
        int i = next++ & (proofs.length - 1);
        ProofVerifier.verifyInclusion(proofs[i], leaves[i], root);
    }
}
