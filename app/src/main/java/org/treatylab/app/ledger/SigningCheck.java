package org.treatylab.app.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.Party;
import org.treatylab.store.KeyFiles;
import org.treatylab.verification.declaration.ItemsCsv;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;
import org.treatylab.verification.signing.Ed25519;

/**
 * What a party's client checks before it signs bytes a host prepared, and the signing itself (the key never leaves
 * the client): the bytes are a ledger batch of this party with as many entries as shown; the entries shown are this
 * party's declarations with this nonce, chained one to the next, the last one hashing to the batch's last hash; and
 * the items are the ones the client asked to declare. A host that prepares anything else is refused (FAILURE).
 */
public final class SigningCheck {
    private SigningCheck() {
    }

    /** The uids of an items CSV, in order: what a client asks to declare (the CSV is checked as the host would). */
    public static List<String> uids(String fileName, String itemsCsv, Party party) {
        return ItemsCsv.parse(fileName, itemsCsv, party).stream().map(i -> i.uid()).toList();
    }

    /** Checks {@code v} and signs its bytes with the private key in {@code keyFile}; returns the signature, hex. */
    public static String checkAndSign(SigningView v, Party party, String nonce, List<String> uids, Path keyFile) {
        PrivateKey key = KeyFiles.readKey(keyFile);
        check(v, party, nonce, "declaration", uids);
        return Hex.of(Ed25519.sign(key, v.bytes().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Checks a prepared registration — one entry registering the public key of {@code keyFile} (its {@code .pub}
     * beside it) for {@code party} — and signs it with that key.
     */
    public static String checkAndSignRegistration(SigningView v, Party party, String nonce, Path keyFile) {
        PrivateKey key = KeyFiles.readKey(keyFile);
        var pub = KeyFiles.readPublic(KeyFiles.publicFile(keyFile));
        if (!pub.matches(key)) {
            throw AppException.failed(keyFile + " and " + KeyFiles.publicFile(keyFile) + " are not one key pair");
        }
        check(v, party, nonce, "registration", List.of());
        require(v.entries().size() == 1 && v.entries().get(0).contains("\nkey=" + Ed25519.publicText(pub.key()) + "\n"),
                "the registration is not of this key (" + pub.fingerprint() + ")");
        return Hex.of(Ed25519.sign(key, v.bytes().getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws AppException (FAILURE) naming what the host prepared that the client did not ask for */
    public static void check(SigningView v, Party party, String nonce, String kind, List<String> uids) {
        String[] b = v.bytes().split("\n", -1);
        require(b.length >= 11 && b[0].equals("treatylab-ledger-batch/v1"), "the bytes are not a ledger batch");
        require(b[2].equals(party.code()), "the bytes are a batch of " + b[2] + ", not of " + party);
        require(b[4].equals(Integer.toString(v.entries().size())), "the bytes cover " + b[4] + " entries, "
                + v.entries().size() + " are shown");
        String prev = null;
        for (int i = 0; i < v.entries().size(); i++) {
            String[] e = v.entries().get(i).split("\n", -1);
            require(e.length >= 7 && e[0].equals("treatylab-ledger-entry/v1"), "entry " + i + " is not a ledger entry");
            require(e[2].equals(party.code()) && e[3].equals(kind), "entry " + i + " is a " + e[3] + " of "
                    + e[2] + ", not a " + kind + " of " + party);
            require(prev == null || e[5].equals(prev), "entry " + i + " does not follow the one before");
            require(v.entries().get(i).contains("\nnonce=" + nonce + "\n") || v.entries().get(i).endsWith(
                    "\nnonce=" + nonce), "entry " + i + " does not carry this write's nonce");
            prev = Hex.of(Sha256.hash(v.entries().get(i).getBytes(StandardCharsets.UTF_8)));
        }
        require(prev != null && prev.equals(b[5]), "the entries shown do not hash to the batch's last hash");
        require(v.items().stream().map(ItemView::uid).toList().equals(uids), "the items prepared "
                + v.items().stream().map(ItemView::uid).toList() + " are not the ones asked for " + uids);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw AppException.failed("refusing to sign what the host prepared: " + what);
        }
    }
}
