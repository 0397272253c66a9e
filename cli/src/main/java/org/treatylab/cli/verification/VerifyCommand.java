package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.ConsistencyDocument;
import org.treatylab.app.ledger.InclusionDocument;
import org.treatylab.app.ledger.InspectionPlanView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
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
            spec.commandLine().getOut().println(Doors.get().proofs().root(leaves));
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
            InclusionDocument d = Doors.get().proofs().prove(leaves, index);
            PrintWriter out = spec.commandLine().getOut();
            if (format == ProofFormat.JSON) {
                Output.json(out, d);
            } else {
                out.println("tree_size: " + d.treeSize());
                out.println("index: " + d.index());
                out.println("root: " + d.root());
                lines(out, d.proof());
            }
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
            ConsistencyDocument d = Doors.get().proofs().consistency(leaves, oldSize);
            PrintWriter out = spec.commandLine().getOut();
            if (format == ProofFormat.JSON) {
                Output.json(out, d);
            } else {
                out.println("old_size: " + d.oldSize());
                out.println("tree_size: " + d.treeSize());
                out.println("old_root: " + d.oldRoot());
                out.println("root: " + d.root());
                lines(out, d.proof());
            }
            return 0;
        }
    }

    private static void lines(PrintWriter out, java.util.List<String> proof) {
        out.println("proof:");
        proof.forEach(x -> out.println("  " + x));
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
        public Integer call() {
            InclusionDocument d = ProofDocuments.inclusion(proof);
            Doors.get().proofs().checkInclusion(proof.toString(), d, leaf);
            spec.commandLine().getOut().println("ok: leaf " + d.index() + " is in the tree of size " + d.treeSize()
                    + " with root " + d.root().toLowerCase(Locale.ROOT));
            return 0;
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
        public Integer call() {
            ConsistencyDocument d = ProofDocuments.consistency(proof);
            Doors.get().proofs().checkConsistency(proof.toString(), d);
            spec.commandLine().getOut().println("ok: the tree of size " + d.oldSize() + " is a prefix of the tree of size "
                    + d.treeSize());
            return 0;
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
        Format format;

        @Override
        public Integer call() {
            InspectionPlanView p = Doors.get().proofs().plan(facilities, violating, inspections, target, trials, seed);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                Output.json(out, p);
                return 0;
            }
            TextTable t = new TextTable("quantity", "value");
            t.row("facilities", p.facilities());
            t.row("violating", p.violating());
            t.row("inspections", p.inspections());
            t.row("detection_probability", fmt(p.detectionProbability()));
            if (p.simulated() != null) {
                t.row("simulated", fmt(p.simulated()));
                t.row("simulated_standard_error", fmt(p.simulatedStandardError()));
            }
            if (p.target() != null) {
                t.row("target", fmt(p.target()));
                t.row("inspections_needed", p.inspectionsNeeded());
            }
            out.print(format == Format.CSV ? t.csv() : t.render());
            return 0;
        }

        private static String fmt(double d) {
            return String.format(Locale.ROOT, "%.6f", d);
        }
    }
}
