package org.treatylab.bench.verification;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.escrow.Commitments;
import org.treatylab.verification.escrow.SnapshotTree;
import org.treatylab.verification.merkle.Sha256;

/**
 * Committing a snapshot of {@code n} items (salted commitments, RFC 9162 leaf hashes and the whole tree) against
 * the floor: the digests the scheme itself needs, computed with the same {@link MessageDigest} API over buffers
 * prepared in advance. One operation of every benchmark here is the whole snapshot of {@code n} items.
 *
 * <p>Per item the scheme hashes salt || encoding (the commitment), 0x00 || commitment (the RFC 9162 leaf) and, over
 * the tree, n - 1 interior nodes 0x01 || left || right. Goal: the pipeline within 1.3x of the floor on one thread,
 * and scaling with cores.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CommitBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CommitBenchmark {
    @Param("1000000")
    public int n;

    private List<Item> items;
    private List<byte[]> salts;
    private byte[][] saltedEncodings;
    /** n leaf inputs of 33 bytes (0x00 || a 32-byte hash), packed. */
    private byte[] leafInputs;
    /** n - 1 interior-node inputs of 65 bytes (0x01 || two 32-byte hashes), packed. */
    private byte[] nodeInputs;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(1);
        items = new ArrayList<>(n);
        salts = new ArrayList<>(n);
        saltedEncodings = new byte[n][];
        String[] facilities = {"Malmstrom", "Minot", "F. E. Warren", "Kings Bay", "Bangor", "Barksdale", "Whiteman"};
        for (int i = 0; i < n; i++) {
            boolean deployed = rnd.nextInt(3) > 0;
            Item it = new Item(Party.US, String.format("US-ICBM-%07d", i), "Minuteman III", Category.ICBM,
                    deployed ? ItemStatus.DEPLOYED : ItemStatus.NON_DEPLOYED, facilities[rnd.nextInt(facilities.length)],
                    deployed ? 1 + rnd.nextInt(3) : 0);
            items.add(it);
            byte[] salt = Commitments.newSalt(rnd);
            salts.add(salt);
            byte[] enc = it.canonicalBytes();
            byte[] both = new byte[salt.length + enc.length];
            System.arraycopy(salt, 0, both, 0, salt.length);
            System.arraycopy(enc, 0, both, salt.length, enc.length);
            saltedEncodings[i] = both;
        }
        leafInputs = new byte[n * 33];
        nodeInputs = new byte[Math.max(0, n - 1) * 65];
        rnd.nextBytes(leafInputs);
        rnd.nextBytes(nodeInputs);
        for (int i = 0; i < n; i++) {
            leafInputs[i * 33] = 0x00;
        }
        for (int i = 0; i < n - 1; i++) {
            nodeInputs[i * 65] = 0x01;
        }
    }

    /**
     * The floor: exactly the digests the scheme needs for {@code n} items (n commitments over salt || encoding, n
     * leaf hashes over 33 bytes, n - 1 interior nodes over 65 bytes), with one digest, over prepared buffers.
     */
    @Benchmark
    public byte[] schemeDigestsFloor() throws java.security.DigestException {
        MessageDigest d = Sha256.newDigest();
        byte[] out = new byte[32];
        for (int i = 0; i < n; i++) {
            d.update(saltedEncodings[i]);
            d.digest(out, 0, 32);
            d.update(leafInputs, i * 33, 33);
            d.digest(out, 0, 32);
        }
        for (int i = 0; i < n - 1; i++) {
            d.update(nodeInputs, i * 65, 65);
            d.digest(out, 0, 32);
        }
        return out;
    }

    /** One SHA-256 per item over exactly the bytes a commitment hashes (the commitments alone, for reference). */
    @Benchmark
    public void rawSha256(Blackhole bh) {
        MessageDigest d = Sha256.newDigest();
        for (byte[] b : saltedEncodings) {
            bh.consume(d.digest(b));
        }
    }

    /** The canonical encoding of the n items alone, the part of committing that is not hashing. */
    @Benchmark
    public void encodeOnly(Blackhole bh) {
        for (Item it : items) {
            bh.consume(it.canonicalBytes());
        }
    }

    /** One op: commit all n items and build the whole tree, on one thread. */
    @Benchmark
    public byte[] commitOneThread() {
        return new SnapshotTree(items, salts, false).root();
    }

    /** One op: the same with parallel hashing (all cores). */
    @Benchmark
    public byte[] commitParallel() {
        return new SnapshotTree(items, salts, true).root();
    }
}
