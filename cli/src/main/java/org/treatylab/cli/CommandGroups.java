package org.treatylab.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The top-level help's command list, grouped by area with one example each; replaces picocli's flat list.
 *
 * <p>Every subcommand of {@code treatylab} belongs to exactly one group ({@link #check} fails otherwise, and a test
 * calls it), and every example is run by the documentation examples test.
 */
final class CommandGroups {
    /** One command in the grouped list: its name, a one-line summary and an example command line. */
    record Entry(String name, String summary, String example) {
        Entry {
            if (name.isBlank() || summary.isBlank() || !example.startsWith("treatylab " + name)) {
                throw new IllegalArgumentException("entry '" + name + "': example must start with 'treatylab "
                        + name + "', got '" + example + "'");
            }
        }
    }

    /** A titled group of commands. */
    record Group(String title, List<Entry> entries) {
        Group {
            entries = List.copyOf(entries);
        }
    }

    static final List<Group> GROUPS = List.of(
            new Group("Forces and treaties", List.of(
                    new Entry("treaties", "the shipped treaties", "treatylab treaties"),
                    new Entry("treaty", "show, copy or validate one treaty", "treatylab treaty show new-start"),
                    new Entry("catalogue", "delivery-system types with sourced parameters",
                            "treatylab catalogue --year 2009 --party RU"),
                    new Entry("posture", "read a posture; compare it with the official data",
                            "treatylab posture check us-russia-2011"),
                    new Entry("count", "count a posture under a treaty: margins, verdicts",
                            "treatylab count --treaty new-start --posture us-russia-2011"),
                    new Entry("compliance", "verdicts per date, party and limit for a series",
                            "treatylab compliance --treaty new-start --aggregates new-start-aggregates"))),
            new Group("Stability", List.of(
                    new Entry("stability", "kill probabilities, first strikes, sweeps over ceilings",
                            "treatylab stability sweep --posture-a us-russia-2009 --ceilings 1550,500"))),
            new Group("Negotiation", List.of(
                    new Entry("negotiate", "one negotiation session between engine agents",
                            "treatylab negotiate --scenario lease-genius --agent boulware --agent conceder"),
                    new Entry("analyze", "the exact Pareto frontier, Nash and Kalai-Smorodinsky",
                            "treatylab analyze --scenario lease-geniusweb"),
                    new Entry("tournament", "every line-up of agents on scenarios, in parallel",
                            "treatylab tournament --scenario lease-genius --agents boulware,conceder,micro"
                                    + " --out results.csv"))),
            new Group("Talks", List.of(
                    new Entry("talks", "the 2009 talks (or a scenario file), played and evaluated",
                            "treatylab talks start-2009"))),
            new Group("Sweeps", List.of(
                    new Entry("sweep", "uncertainty bands, talks robustness, Sobol indices from one job file",
                            "treatylab sweep examples"))),
            new Group("Verification", List.of(
                    new Entry("verify", "RFC 9162 Merkle proofs; inspection planning",
                            "treatylab verify inspections --facilities 35 --violating 2"),
                    new Entry("ledger", "the signed verification ledger: declare ... verify",
                            "treatylab ledger init --db ledger.db --parties US,RU"))),
            new Group("Workbench", List.of(
                    new Entry("serve", "the REST API, its OpenAPI document and the web page",
                            "treatylab serve --port 7070"))));

    private CommandGroups() {
    }

    /** Replaces the command list of {@code cl}'s usage help with the groups. */
    static void install(CommandLine cl) {
        check(cl.getSubcommands().keySet());
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> render());
    }

    /** The grouped list, as printed under the options. */
    static String render() {
        int width = GROUPS.stream().flatMap(g -> g.entries().stream()).mapToInt(e -> e.name().length()).max()
                .orElse(0) + 2;
        StringBuilder b = new StringBuilder();
        for (Group g : GROUPS) {
            b.append('\n').append(g.title()).append(":\n");
            for (Entry e : g.entries()) {
                b.append("  ").append(e.name()).append(" ".repeat(width - e.name().length())).append(e.summary())
                        .append('\n');
                b.append("  ").append(" ".repeat(width)).append("$ ").append(e.example()).append('\n');
            }
        }
        b.append("\nEvery command takes --help. Guides: README.md and docs/ (docs/cli.md lists every option).\n");
        return b.toString();
    }

    /** Fails unless every command is in exactly one group and every grouped name is a command. */
    static void check(Set<String> commands) {
        Set<String> grouped = new LinkedHashSet<>();
        List<String> twice = new ArrayList<>();
        GROUPS.forEach(g -> g.entries().forEach(e -> {
            if (!grouped.add(e.name())) {
                twice.add(e.name());
            }
        }));
        Set<String> missing = new LinkedHashSet<>(commands);
        missing.removeAll(grouped);
        Set<String> unknown = new LinkedHashSet<>(grouped);
        unknown.removeAll(commands);
        if (!twice.isEmpty() || !missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalStateException("command groups: in no group " + missing + ", in two groups " + twice
                    + ", not a command " + unknown);
        }
    }
}
