package org.treatylab.app.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.InputException;
import org.treatylab.domain.io.TextFiles;
import org.treatylab.store.KeyFiles;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.Ed25519;
import org.treatylab.verification.signing.PublicKeyFile;
import org.treatylab.verification.witness.ForkException;
import org.treatylab.verification.witness.LogHead;
import org.treatylab.verification.witness.SignedLogHead;
import org.treatylab.verification.witness.Witness;

/**
 * A witness of a shared ledger: fetches the host's signed head, checks it against the last head it accepted (kept in
 * a state file of its own) and remembers it. A fork or rollback is a CONFLICT naming both heads; both signed heads are
 * written beside the state file as evidence ({@code STATE.evidence}), and the state is left as it was.
 */
public final class WitnessDoor {
    /** What a witness asks the host; the command line answers it over HTTP. */
    public interface Host {
        SignedHeadView head();

        ConsistencyDocument consistency(long from, long to);
    }

    private static final long MAX_STATE_BYTES = 16 * 1024;

    /**
     * @param pinned the host's public key file to trust on first contact, or null to pin the key the host presents
     */
    public WitnessReport observe(Path state, Host host, Path pinned) {
        Map<String, String> seenFields = Files.exists(state) ? read(state) : null;
        SignedHeadView view = host.head();
        PublicKey hostKey = parse("host_key", () -> Ed25519.parsePublic(view.hostKey()));
        if (pinned != null) {
            PublicKeyFile p = KeyFiles.readPublic(pinned);
            if (!p.key().equals(hostKey)) {
                throw AppException.conflict("the host presents key " + PublicKeyFile.fingerprint(hostKey)
                        + ", not the pinned " + p.fingerprint() + " (" + pinned + ")");
            }
        }
        SignedLogHead now = head(view);
        SignedLogHead seen = null;
        if (seenFields != null) {
            PublicKey seenKey = stateValue(state, () -> Ed25519.parsePublic(seenFields.get("host_key")));
            if (!seenKey.equals(hostKey)) {
                throw AppException.conflict("the host's key changed: " + PublicKeyFile.fingerprint(seenKey)
                        + " was pinned in " + state + ", the host now presents " + PublicKeyFile.fingerprint(hostKey));
            }
            seen = stateValue(state, () -> new SignedLogHead(new LogHead(seenFields.get("log_id"),
                    Long.parseLong(seenFields.get("tree_size")), Hex.parseCanonical(seenFields.get("root")),
                    Instant.parse(seenFields.get("time"))), Hex.parseCanonical(seenFields.get("signature"))));
        }
        ConsistencyProof proof = null;
        if (seen != null && now.head().treeSize() > seen.head().treeSize()) {
            ConsistencyDocument d = host.consistency(seen.head().treeSize(), now.head().treeSize());
            proof = parse("consistency proof", () -> new ConsistencyProof(d.oldSize(), d.treeSize(),
                    d.proof().stream().map(Hex::parseCanonical).toList()));
        }
        try {
            Witness.check(seen, now, hostKey, proof);
        } catch (ForkException e) {
            writeEvidence(state, e);
            throw e;
        }
        write(state, view);
        String status = seen == null ? "first"
                : seen.head().treeSize() == now.head().treeSize() ? "unchanged" : "extended";
        return new WitnessReport(status, view.logId(), seen == null ? null : seen.head().treeSize(), view.treeSize(),
                view.root(), view.time());
    }

    static SignedLogHead head(SignedHeadView v) {
        return parse("head", () -> new SignedLogHead(new LogHead(v.logId(), v.treeSize(), Hex.parseCanonical(v.root()),
                Instant.parse(v.time())), Hex.parseCanonical(v.signature())));
    }

    private interface Work<T> {
        T get();
    }

    private static <T> T parse(String what, Work<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (e instanceof VerificationException) {
                throw e;
            }
            throw AppException.failed("the host's " + what + " is malformed: " + e.getMessage());
        }
    }

    private static <T> T stateValue(Path state, Work<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw new InputException(state + ": not a witness state file (" + e.getMessage() + ")");
        }
    }

    private static Map<String, String> read(Path state) {
        String text = TextFiles.utf8(state.toString(), TextFiles.bytes(state, MAX_STATE_BYTES));
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new InputException(state + ": not a witness state file (line '" + line + "')");
                }
                f.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        for (String k : List.of("host_key", "log_id", "tree_size", "root", "time", "signature")) {
            if (!f.containsKey(k)) {
                throw new InputException(state + ": not a witness state file (no '" + k + "')");
            }
        }
        return f;
    }

    private static String text(SignedHeadView v) {
        return "host_key=" + v.hostKey() + "\nlog_id=" + v.logId() + "\ntree_size=" + v.treeSize() + "\nroot="
                + v.root() + "\ntime=" + v.time() + "\nsignature=" + v.signature() + "\n";
    }

    /** Replaces the state file in one move, so that a crash leaves the old head or the new one. */
    private static void write(Path state, SignedHeadView v) {
        String text = "# TreatyLab witness state: the last signed head of the ledger accepted\n" + text(v);
        try {
            Path parent = state.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, ".witness", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputException(state + ": cannot write (" + e.getMessage() + ")");
        }
    }

    private static void writeEvidence(Path state, ForkException e) {
        List<String> lines = new ArrayList<>();
        lines.add("# TreatyLab witness evidence: two heads signed by one host key that no append-only log can have");
        lines.add("# " + e.getMessage());
        for (var h : List.of(e.seen(), e.now())) {
            lines.add("log_id=" + h.head().logId() + " tree_size=" + h.head().treeSize() + " root="
                    + Hex.of(h.head().root()) + " time=" + h.head().time() + " signature=" + Hex.of(h.signature()));
        }
        try {
            Files.write(state.resolveSibling(state.getFileName() + ".evidence"), lines, StandardCharsets.UTF_8);
        } catch (IOException x) {
            e.addSuppressed(x);
        }
    }
}
