package org.treatylab.verification.regime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.InclusionProof;

/** How items and openings are written into entry payloads (field names under a prefix) and read back. */
final class Payloads {
    private Payloads() {
    }

    static void putItem(Fields.Builder b, String prefix, Item i) {
        b.put(prefix + "uid", i.uid()).put(prefix + "system", i.system()).put(prefix + "category", i.category().name())
                .put(prefix + "status", i.status().label()).put(prefix + "facility", i.facility())
                .put(prefix + "warheads", i.warheads());
    }

    static Item item(Fields f, String prefix, Party party) {
        try {
            return new Item(party, f.require(prefix + "uid"), f.require(prefix + "system"),
                    Category.parse(f.require(prefix + "category")), ItemStatus.parse(f.require(prefix + "status")),
                    f.require(prefix + "facility"), f.requireLong(prefix + "warheads"));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("bad item under '" + prefix + "': " + e.getMessage());
        }
    }

    static void putOpening(Fields.Builder b, String prefix, Opening o) {
        putItem(b, prefix, o.item());
        b.put(prefix + "salt", o.hexSalt()).put(prefix + "index", o.proof().leafIndex())
                .put(prefix + "path", String.join(",", o.hexPath()));
    }

    static Opening opening(Fields f, String prefix, Party party, long treeSize) {
        Item item = item(f, prefix, party);
        byte[] salt = hex(f, prefix + "salt");
        long index = f.requireLong(prefix + "index");
        String path = f.require(prefix + "path");
        List<String> parts = path.isEmpty() ? List.of() : Arrays.asList(path.split(","));
        if (parts.size() > org.treatylab.verification.merkle.ProofVerifier.MAX_PATH) {
            throw new VerificationException("inclusion path under '" + prefix + "' has " + parts.size() + " hashes");
        }
        List<byte[]> hashes = new ArrayList<>();
        for (String p : parts) {
            hashes.add(hexHash(prefix + "path", p));
        }
        return new Opening(item, salt, new InclusionProof(index, treeSize, hashes));
    }

    static byte[] hex(Fields f, String key) {
        try {
            return Hex.parse(f.require(key));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("field '" + key + "': " + e.getMessage());
        }
    }

    static byte[] hexHash(String key, String text) {
        try {
            return Hex.hash(key, text);
        } catch (IllegalArgumentException e) {
            throw new VerificationException(e.getMessage());
        }
    }
}
