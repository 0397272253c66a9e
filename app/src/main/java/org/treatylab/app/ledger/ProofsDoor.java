package org.treatylab.app.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.treatylab.domain.InputException;
import org.treatylab.domain.io.TextFiles;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.inspection.InspectionPlan;
import org.treatylab.verification.inspection.InspectionPlanner;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.InclusionProof;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.ProofVerifier;

/**
 * RFC 9162 Merkle trees and their proofs, checked as a verifier would (a proof that does not hold is a FAILURE naming
 * the computed and expected values), and inspection planning.
 */
public final class ProofsDoor {
    /** The longest proof path read. */
    public static final int MAX_PATH = ProofVerifier.MAX_PATH;

    /**
     * Reads a leaves file: one hex-encoded leaf datum per line, an empty line being a 0-byte leaf and an empty file
     * the empty tree. A final line break ends the last line; it does not add a leaf.
     */
    static MerkleTree tree(Path file) {
        byte[] bytes = TextFiles.bytes(file, TextFiles.MAX_BYTES);
        MerkleTree t = new MerkleTree();
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0; // a UTF-8 byte-order mark is an editor's, never a leaf's
        int line = 0;
        while (start < bytes.length) {
            line++;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (t.size() == MerkleTree.MAX_LEAVES) {
                throw new InputException(file + ": more than " + MerkleTree.MAX_LEAVES + " leaves");
            }
            for (int i = start; i < stop; i++) {
                if (bytes[i] < 0x20 || bytes[i] > 0x7e) {
                    throw InputException.at(file.toString(), line, null, String.format("byte 0x%02x at column %d is "
                            + "not a hex digit", bytes[i] & 0xff, i - start + 1));
                }
            }
            try {
                t.appendLeafData(Hex.parse(new String(bytes, start, stop - start, StandardCharsets.US_ASCII)));
            } catch (IllegalArgumentException e) {
                throw InputException.at(file.toString(), line, null, e.getMessage());
            }
            start = end + 1;
        }
        return t;
    }

    /** The bytes of a proof document (a regular file of at most {@code maxBytes}), for the edge that parses it. */
    public static byte[] documentBytes(Path file, long maxBytes) {
        return TextFiles.bytes(file, maxBytes);
    }

    /** The root of the leaves in a file, hex. */
    public String root(Path leaves) {
        return Hex.of(tree(leaves).root());
    }

    /** The inclusion proof of leaf {@code index}; an index outside the leaves is BAD_INPUT. */
    public InclusionDocument prove(Path leaves, long index) {
        MerkleTree t = tree(leaves);
        if (index < 0 || index >= t.size()) {
            throw InputException.at(leaves.toString(), 0, null, "index " + index + " is outside the " + t.size()
                    + " leaves");
        }
        InclusionProof p = t.inclusionProof(index, t.size());
        return new InclusionDocument(p.treeSize(), p.leafIndex(), Hex.of(t.root()), p.hexPath());
    }

    /** The consistency proof from the first {@code oldSize} leaves to all. */
    public ConsistencyDocument consistency(Path leaves, long oldSize) {
        MerkleTree t = tree(leaves);
        if (oldSize < 0 || oldSize > t.size()) {
            throw InputException.at(leaves.toString(), 0, null, "old size " + oldSize + " is outside 0.." + t.size());
        }
        ConsistencyProof p = t.consistencyProof(oldSize, t.size());
        return new ConsistencyDocument(p.oldSize(), p.newSize(), Hex.of(t.root(oldSize)), Hex.of(t.root()),
                p.hexPath());
    }

    /**
     * Checks that {@code leafHex} is leaf {@code doc.index()} of the tree {@code doc} describes; a proof that does
     * not hold is a FAILURE ("root: computed X, expected Y"), a malformed hash in it BAD_INPUT naming the file and
     * field.
     */
    public void checkInclusion(String file, InclusionDocument doc, String leafHex) {
        byte[] datum;
        try {
            datum = Hex.parse(leafHex);
        } catch (IllegalArgumentException e) {
            throw new InputException("--leaf: " + e.getMessage());
        }
        ProofVerifier.verifyInclusion(doc.index(), doc.treeSize(), MerkleHashes.leaf(datum), path(file, doc.proof()),
                hash(file, "root", doc.root()));
    }

    /** Checks a consistency proof; see {@link #checkInclusion}. */
    public void checkConsistency(String file, ConsistencyDocument doc) {
        ProofVerifier.verifyConsistency(doc.oldSize(), doc.treeSize(), hash(file, "old_root", doc.oldRoot()),
                hash(file, "root", doc.root()), path(file, doc.proof()));
    }

    /**
     * An inclusion proof checked for the HTTP API: {@code leaf} (hex datum) or {@code leafHash}; the answer says
     * whether it holds and, if not, why.
     */
    public InclusionCheck checkInclusion(String leaf, String leafHash, long index, long treeSize, List<String> proof,
            String root) {
        if (proof.size() > MAX_PATH) {
            throw new InputException("field 'proof' must be an array of at most " + MAX_PATH + " hex hashes");
        }
        try {
            byte[] leafBytes;
            if (leafHash != null) {
                leafBytes = Hex.hash("leaf_hash", leafHash);
            } else if (leaf != null) {
                leafBytes = MerkleHashes.leaf(Hex.parse(leaf));
            } else {
                throw new InputException("give 'leaf' (hex datum) or 'leaf_hash'");
            }
            List<byte[]> path = new ArrayList<>();
            for (String h : proof) {
                path.add(Hex.hash("proof", h));
            }
            ProofVerifier.verifyInclusion(index, treeSize, leafBytes, path, Hex.hash("root", root));
            return new InclusionCheck(true, null);
        } catch (VerificationException e) {
            return new InclusionCheck(false, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new InclusionCheck(false, e.getMessage());
        }
    }

    private static byte[] hash(String file, String field, String hex) {
        try {
            return Hex.hash(field, hex);
        } catch (IllegalArgumentException e) {
            throw InputException.at(file, 0, field, e.getMessage());
        }
    }

    private static List<byte[]> path(String file, List<String> proof) {
        if (proof.size() > MAX_PATH) {
            throw InputException.at(file, 0, "proof", "has " + proof.size() + " hashes, at most " + MAX_PATH
                    + " accepted");
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            try {
                out.add(Hex.hash("proof[" + i + "]", proof.get(i)));
            } catch (IllegalArgumentException e) {
                throw InputException.at(file, 0, "proof[" + i + "]", e.getMessage());
            }
        }
        return out;
    }

    /**
     * Detection probability of random on-site inspections, optionally cross-checked by a seeded simulation, and the
     * inspections a target probability needs.
     *
     * @param inspections inspections in the period, or null for New START's 18 a year capped at the facilities
     * @param target the target detection probability, or null
     * @param trials simulation trials, or null for none
     */
    public InspectionPlanView plan(int facilities, int violating, Integer inspections, Double target, Integer trials,
            long seed) {
        InspectionPlan plan;
        try {
            plan = inspections == null ? InspectionPlan.newStart(facilities, violating)
                    : new InspectionPlan(facilities, violating, inspections);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        InspectionPlanner.Simulation s;
        try {
            s = trials == null ? null : InspectionPlanner.simulate(plan, trials, new SplittableRandom(seed));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        Integer needed = target == null ? null : needed(facilities, violating, target);
        return new InspectionPlanView(plan.facilities(), plan.violating(), plan.inspections(),
                plan.detectionProbability(), s == null ? null : s.rate(), s == null ? null : s.standardError(), target,
                needed);
    }

    /** Detection probability for 0 to {@code max} inspections, and the inspections {@code target} needs. */
    public InspectionCurve curve(int facilities, int violating, int max, double target) {
        List<InspectionCurve.DetectionPoint> points = new ArrayList<>();
        for (int n = 0; n <= max; n++) {
            points.add(new InspectionCurve.DetectionPoint(n, n == 0 ? 0.0
                    : InspectionPlanner.detectionProbability(facilities, violating, n)));
        }
        return new InspectionCurve(facilities, violating, InspectionPlanner.NEW_START_PER_YEAR, points, target,
                needed(facilities, violating, target));
    }

    private static int needed(int facilities, int violating, double target) {
        try {
            return InspectionPlanner.inspectionsNeeded(facilities, violating, target);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }
}
