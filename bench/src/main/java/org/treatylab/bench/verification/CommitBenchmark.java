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
 * one plain SHA-256 over the same bytes (salt || canonical encoding) per item. Goal: within 3x on one thread,
 * within 2x with parallel hashing.
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
    int n;

    private List<Item> items;
    private List<byte[]> salts;
    private byte[][] saltedEncodings;

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
    }

    /** The baseline: one SHA-256 per item over exactly the bytes a commitment hashes. */
    @Benchmark
    public void rawSha256(Blackhole bh) {
        MessageDigest d = Sha256.newDigest();
        for (byte[] b : saltedEncodings) {
            bh.consume(d.digest(b));
        }
    }

    /** The canonical encoding alone, the part of committing that is not hashing. */
    @Benchmark
    public void encodeOnly(Blackhole bh) {
        for (Item it : items) {
            bh.consume(it.canonicalBytes());
        }
    }

    @Benchmark
    public byte[] commitOneThread() {
        return new SnapshotTree(items, salts, false).root();
    }

    @Benchmark
    public byte[] commitParallel() {
        return new SnapshotTree(items, salts, true).root();
    }
}
