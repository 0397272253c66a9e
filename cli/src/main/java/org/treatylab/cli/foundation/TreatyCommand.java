package org.treatylab.cli.foundation;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.RuleSetView;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.app.foundation.TreatyView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab treaty show|validate}: one treaty, shipped or from a file. */
@Command(name = "treaty", mixinStandardHelpOptions = true, description = "Show or validate one treaty.",
        subcommands = {TreatyCommand.Show.class, TreatyCommand.Validate.class})
public final class TreatyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Formats of {@code treaty show}. */
    enum ShowFormat { TEXT, JSON, FILE }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a treaty: dates, counting rules and options, limits with their dated ceilings.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|FILE", description = "a shipped treaty id (start-1, sort, new-start) or a treaty file")
        String treaty;

        @Option(names = "--format", defaultValue = "text",
                description = "text, json, or file (the treaty file itself, to copy into a draft)")
        ShowFormat format;

        @Override
        public Integer call() {
            TreatyRef ref = new TreatyRef.IdOrFile(treaty);
            var foundation = Doors.get().foundation();
            TreatyView t = foundation.treaty(ref);
            var out = spec.commandLine().getOut();
            switch (format) {
                case JSON -> Output.json(out, t);
                case FILE -> out.print(foundation.treatyFile(ref));
                default -> out.print(text(t, foundation.countingRules(ref)));
            }
            return 0;
        }

        static String text(TreatyView t, RuleSetView rules) {
            StringBuilder sb = new StringBuilder();
            sb.append(t.name()).append(" (").append(t.id()).append(")\n");
            sb.append("  parties:          ").append(t.parties()).append('\n');
            sb.append("  signed:           ").append(or(t.signed())).append('\n');
            sb.append("  entry into force: ").append(t.entryIntoForce()).append('\n');
            sb.append("  expiry:           ").append(or(t.expiry())).append('\n');
            if (t.termination() != null) {
                sb.append("  terminated:       ").append(t.termination()).append('\n');
            }
            if (rules != null) {
                sb.append("  counting:         ").append(rules.id()).append(" - ").append(rules.description()).append('\n');
                for (RuleSetView.Option o : rules.options()) {
                    sb.append("    option.").append(o.name()).append(" = ").append(o.value())
                            .append(o.fromTreaty() ? "" : " (default)")
                            .append("   # ").append(o.description()).append('\n');
                }
            }
            sb.append("  limits:\n");
            for (TreatyView.TreatyLimit l : t.limits()) {
                sb.append("    ").append(l.id());
                if (!l.counts().equals(l.id())) {
                    sb.append(" (counts ").append(l.counts()).append(')');
                }
                sb.append(": ").append(l.description()).append('\n');
                steps(sb, "      ", l.steps());
                l.byParty().forEach((party, own) -> {
                    sb.append("      ").append(party).append(own.isEmpty() ? ": not limited\n" : ":\n");
                    steps(sb, "        ", own);
                });
            }
            if (!t.sources().isEmpty()) {
                sb.append("  sources:\n");
                t.sources().forEach(s -> sb.append("    ").append(s).append('\n'));
            }
            if (!t.notes().isEmpty()) {
                sb.append("  notes:\n");
                for (String n : t.notes().split("\n")) {
                    sb.append("    ").append(n).append('\n');
                }
            }
            return sb.toString();
        }

        private static String or(Object o) {
            return o == null ? "-" : o.toString();
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a treaty file; prints 'ok' and a summary, or one line naming the problem (exit 2).")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            TreatyView t = Doors.get().foundation().treatyFileChecked(file);
            spec.commandLine().getOut().println("ok: " + t.id() + " (" + t.name() + "), " + t.limits().size()
                    + " limits, counting " + t.counting());
            return 0;
        }
    }

    private static void steps(StringBuilder sb, String indent, java.util.List<TreatyView.CeilingStep> steps) {
        for (TreatyView.CeilingStep s : steps) {
            sb.append(indent).append(String.format("%,d", s.ceiling())).append(" from ").append(s.from());
            if (!s.status().equals("confirmed")) {
                sb.append(" [").append(s.status().equals("estimate") ? "unconfirmed" : "assumption").append(']');
            }
            if (!s.note().isEmpty()) {
                sb.append(" - ").append(s.note());
            }
            sb.append('\n');
        }
    }
}
