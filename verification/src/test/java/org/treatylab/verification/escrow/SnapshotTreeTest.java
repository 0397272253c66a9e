package org.treatylab.verification.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.merkle.MerkleTree;

/** The in-place commitment pipeline against the plain definitions, on seeded random items (ASCII and not). */
class SnapshotTreeTest {
    private static final String[] FACILITIES = {"Malmstrom", "Minot", "Kings Bay", "Козельск", "Tatishchevo",
        "Ужур", "F. E. Warren"};
    private static final String[] SYSTEMS = {"Minuteman III", "Trident II D5", "РС-24 Ярс", "SS-18", "B-52H"};

    private static List<Item> items(SplittableRandom r, int n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean deployed = r.nextBoolean();
            long warheads = deployed ? r.nextLong(0, Item.MAX_WARHEADS + 1) : 0;
            out.add(new Item(r.nextBoolean() ? Party.US : Party.RU, String.format("X-%06d", i),
                    SYSTEMS[r.nextInt(SYSTEMS.length)], Category.ICBM,
                    deployed ? ItemStatus.DEPLOYED : ItemStatus.NON_DEPLOYED, FACILITIES[r.nextInt(FACILITIES.length)],
                    warheads));
        }
        return out;
    }

    @Test
    void encodeInto_givesTheCanonicalBytes_asciiOrNot() {
        SplittableRandom r = new SplittableRandom(17);
        byte[] buf = new byte[600];
        for (Item it : items(r, 2000)) {
            int end = it.encodeInto(buf, 7);
            byte[] canonical = it.canonicalBytes();
            assertThat(java.util.Arrays.copyOfRange(buf, 7, end)).isEqualTo(canonical);
            assertThat(it.encodeInto(new byte[20], 0)).as("too small a buffer").isEqualTo(-1);
        }
    }

    @Test
    void itemsOutOfUidOrder_areRefused_oneThreadAndParallel() {
        SplittableRandom r = new SplittableRandom(19);
        List<Item> items = new ArrayList<>(items(r, 20_000));
        java.util.Collections.swap(items, 15_000, 15_001);
        List<byte[]> salts = new ArrayList<>();
        items.forEach(it -> salts.add(Commitments.newSalt(r)));
        for (boolean parallel : new boolean[] {false, true}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SnapshotTree(items, salts, parallel))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("items must be in strictly increasing uid order, got X-015001 before X-015000");
        }
    }

    @Test
    void aSaltOfTheWrongLength_isRefused_oneThreadAndParallel() {
        SplittableRandom r = new SplittableRandom(20);
        List<Item> items = items(r, 9000);
        List<byte[]> salts = new ArrayList<>();
        items.forEach(it -> salts.add(Commitments.newSalt(r)));
        salts.set(8000, new byte[31]);
        for (boolean parallel : new boolean[] {false, true}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SnapshotTree(items, salts, parallel))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("salt 8000 has 31 bytes, expected 32");
        }
    }

    @Test
    void root_equalsTheTreeOfPlainCommitments_oneThreadAndParallel() {
        SplittableRandom r = new SplittableRandom(18);
        for (int n : new int[] {1, 2, 3, 5, 8, 13, 4097, 9000}) {
            List<Item> items = items(r, n);
            List<byte[]> salts = new ArrayList<>();
            List<byte[]> commitments = new ArrayList<>();
            for (Item it : items) {
                byte[] salt = Commitments.newSalt(r);
                salts.add(salt);
                commitments.add(Commitments.commit(salt, it));
            }
            byte[] expected = MerkleTree.ofLeafData(commitments).root();
            assertThat(new SnapshotTree(items, salts, false).root()).as("n=%d", n).isEqualTo(expected);
            assertThat(new SnapshotTree(items, salts, true).root()).as("n=%d parallel", n).isEqualTo(expected);
            assertThat(MerkleHashes.leaf(commitments.get(0))).hasSize(32);
        }
    }
}
