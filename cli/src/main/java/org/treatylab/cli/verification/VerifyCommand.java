package org.treatylab.cli.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.InputException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.ProofVerifier;
import org.treatylab.verification.inspection.InspectionPlan;
import org.treatylab.verification.inspection.InspectionPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab verify}: RFC 9162 Merkle roots and proofs, their checks, and inspection planning. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "RFC 9162 Merkle trees: roots, inclusion and consistency proofs and their checks; inspection planning.",
        subcommands = {VerifyCommand.Root.class, VerifyCommand.Prove.class, VerifyCommand.Consistency.class,
            VerifyCommand.CheckInclusion.class, VerifyCommand.CheckConsistency.class, VerifyCommand.Inspections.class})
public final class VerifyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Output of proof commands. */
    enum ProofFormat { JSON, TEXT }

    @Command(name = "merkle-root", mixinStandardHelpOptions = true,
            description = "Print the RFC 9162 root (lowercase hex) of the leaves in FILE: one hex datum per line, an "
                    + "empty line a 0-byte leaf, an empty file the empty tree.")
    static final class Root implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--leaves", required = true, paramLabel = "FILE")
        Path leaves;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(Hex.of(LeafFile.tree(leaves).root()));
            return 0;
        }
    }

    @Command(name = "prove", mixinStandardHelpOptions = true,
            description = "The RFC 9162 inclusion path of leaf I: {\"tree_size\", \"index\", \"root\", \"proof\"}.")
    static final class Prove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--leaves", required = true, paramLabel = "FILE")
        Path leaves;

        @Option(names = "--index", required = true, paramLabel = "I", description = "0-based leaf index")
        long index;

        @Option(names = "--format", defaultValue = "json", description = "json or text")
        ProofFormat format;

        @Override
        public Integer call() {
            MerkleTree t = LeafFile.tree(leaves);
            if (index < 0 || index >= t.size()) {
                throw InputException.at(leaves.toString(), 0, null, "index " + index + " is outside the "
                        + t.size() + " leaves");
            }
            Map<String, Object> doc = ProofDocuments.inclusion(t.inclusionProof(index, t.size()), t.root());
            print(spec.commandLine().getOut(), doc, format);
            return 0;
        }
    }

    @Command(name = "consistency", mixinStandardHelpOptions = true,
            description = "The RFC 9162 consistency proof from the first M leaves to all: {\"old_size\", \"tree_size\", "
                    + "\"old_root\", \"root\", \"proof\"}.")
    static final class Consistency implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--leaves", required = true, paramLabel = "FILE")
        Path leaves;

        @Option(names = "--old-size", required = true, paramLabel = "M")
        long oldSize;

        @Option(names = "--format", defaultValue = "json", description = "json or text")
        ProofFormat format;

        @Override
        public Integer call() {
            MerkleTree t = LeafFile.tree(leaves);
            if (oldSize < 0 || oldSize > t.size()) {
                throw InputException.at(leaves.toString(), 0, null, "old size " + oldSize + " is outside 0.." + t.size());
            }
            Map<String, Object> doc = ProofDocuments.consistency(t.consistencyProof(oldSize, t.size()),
                    t.root(oldSize), t.root());
            print(spec.commandLine().getOut(), doc, format);
            return 0;
        }
    }

    static void print(PrintWriter out, Map<String, Object> doc, ProofFormat format) {
        if (format == ProofFormat.JSON) {
            out.println(Json.write(doc));
            return;
        }
        doc.forEach((k, v) -> {
            if (v instanceof java.util.List<?> l) {
                out.println(k + ":");
                l.forEach(x -> out.println("  " + x));
            } else {
                out.println(k + ": " + v);
            }
        });
    }

    @Command(name = "check-inclusion", mixinStandardHelpOptions = true,
            description = "Check a 'verify prove' document for a leaf: exit 0 when it holds, 1 with the reason.")
    static final class CheckInclusion implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--proof", required = true, paramLabel = "FILE", description = "the JSON of 'verify prove'")
        Path proof;

        @Option(names = "--leaf", required = true, paramLabel = "HEX", description = "the leaf datum in hex ('' for 0 bytes)")
        String leaf;

        @Override
        public Integer call() throws Exception {
            JsonNode doc = ProofDocuments.read(proof);
            long size = ProofDocuments.size(proof, doc, "tree_size");
            long index = ProofDocuments.size(proof, doc, "index");
            byte[] root = ProofDocuments.hash(proof, doc, "root");
            var path = ProofDocuments.path(proof, doc);
            byte[] datum;
            try {
                datum = Hex.parse(leaf);
            } catch (IllegalArgumentException e) {
                throw UserError.badInput("--leaf: " + e.getMessage());
            }
            return Failures.run(false, () -> {
                ProofVerifier.verifyInclusion(index, size, MerkleHashes.leaf(datum), path, root);
                spec.commandLine().getOut().println("ok: leaf " + index + " is in the tree of size " + size + " with root "
                        + Hex.of(root));
                return 0;
            });
        }
    }

    @Command(name = "check-consistency", mixinStandardHelpOptions = true,
            description = "Check a 'verify consistency' document: exit 0 when it holds, 1 with the reason.")
    static final class CheckConsistency implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--proof", required = true, paramLabel = "FILE", description = "the JSON of 'verify consistency'")
        Path proof;

        @Override
        public Integer call() throws Exception {
            JsonNode doc = ProofDocuments.read(proof);
            long oldSize = ProofDocuments.size(proof, doc, "old_size");
            long size = ProofDocuments.size(proof, doc, "tree_size");
            byte[] oldRoot = ProofDocuments.hash(proof, doc, "old_root");
            byte[] root = ProofDocuments.hash(proof, doc, "root");
            var path = ProofDocuments.path(proof, doc);
            return Failures.run(false, () -> {
                ProofVerifier.verifyConsistency(oldSize, size, oldRoot, root, path);
                spec.commandLine().getOut().println("ok: the tree of size " + oldSize + " is a prefix of the tree of size "
                        + size);
                return 0;
            });
        }
    }

    @Command(name = "inspections", mixinStandardHelpOptions = true,
            description = "Detection probability of random on-site inspections (exact hypergeometric, optionally "
                    + "cross-checked by a seeded simulation) and the inspections a target probability needs.")
    static final class Inspections implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--facilities", required = true, paramLabel = "F", description = "declared facilities")
        int facilities;

        @Option(names = "--violating", required = true, paramLabel = "H",
                description = "facilities holding an undeclared or misdeclared item")
        int violating;

        @Option(names = "--inspections", paramLabel = "N",
                description = "inspections in the period (default: New START's 18 a year, capped at F)")
        Integer inspections;

        @Option(names = "--target", paramLabel = "P", description = "target detection probability, e.g. 0.9")
        Double target;

        @Option(names = "--simulate", paramLabel = "TRIALS", description = "cross-check by simulation")
        Integer trials;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
        long seed;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        org.treatylab.cli.Format format;

        @Override
        public Integer call() throws Exception {
            return Failures.run(true, () -> {
                InspectionPlan plan = inspections == null ? InspectionPlan.newStart(facilities, violating)
                        : new InspectionPlan(facilities, violating, inspections);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("facilities", plan.facilities());
                m.put("violating", plan.violating());
                m.put("inspections", plan.inspections());
                m.put("detection_probability", plan.detectionProbability());
                if (trials != null) {
                    InspectionPlanner.Simulation s = InspectionPlanner.simulate(plan, trials, new SplittableRandom(seed));
                    m.put("simulated", s.rate());
                    m.put("simulated_standard_error", s.standardError());
                }
                if (target != null) {
                    m.put("target", target);
                    m.put("inspections_needed", InspectionPlanner.inspectionsNeeded(facilities, violating, target));
                }
                PrintWriter out = spec.commandLine().getOut();
                if (format == org.treatylab.cli.Format.JSON) {
                    out.println(Json.write(m));
                } else {
                    TextTable t = new TextTable("quantity", "value");
                    m.forEach((k, v) -> t.row(k, v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.6f", d) : v));
                    out.print(format == org.treatylab.cli.Format.CSV ? t.csv() : t.render());
                }
                return 0;
            });
        }
    }
}
