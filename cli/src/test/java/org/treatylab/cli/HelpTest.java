package org.treatylab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
    @Test
    void topLevelHelp_groupsEveryCommandWithAnExample() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        String out = r.out();
        List<String> titles = List.of("Forces and treaties:", "Stability:", "Negotiation:", "Talks:", "Sweeps:",
                "Verification:", "Workbench:");
        int at = -1;
        for (String t : titles) {
            int i = out.indexOf("\n" + t + "\n");
            assertThat(i).as("group " + t + " in order").isGreaterThan(at);
            at = i;
        }
        CommandLine cl = new CommandLine(new TreatyLabCommand());
        for (String command : cl.getSubcommands().keySet()) {
            assertThat(out).as(command).containsPattern("(?m)^  " + command + " +\\S");
            assertThat(out).as(command).containsPattern("(?m)^ +\\$ treatylab " + command + "( |$)");
        }
        assertThat(out).doesNotContain("Commands:");
    }

    @Test
    void noArguments_printTheSameGroupedHelp() {
        CliRun r = CliRun.of();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(CliRun.of("--help").out());
    }

    @Test
    void groups_aCommandInNoGroup_isRefusedNamingIt() {
        assertThatThrownBy(() -> CommandGroups.check(Set.of("treaties", "treaty", "catalogue", "posture", "count",
                "compliance", "stability", "negotiate", "analyze", "tournament", "talks", "sweep", "verify", "ledger",
                "serve", "brand-new")))
                .hasMessageContaining("in no group [brand-new]");
        assertThatThrownBy(() -> CommandGroups.check(Set.of("treaties")))
                .hasMessageContaining("not a command [treaty");
    }

    @Test
    void everyCommandsHelp_rendersWithoutPicocliWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> rendered = new ArrayList<>();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine root = new CommandLine(new TreatyLabCommand());
            CommandGroups.install(root);
            render(root, rendered);
        } finally {
            System.setErr(saved);
        }
        assertThat(rendered).hasSizeGreaterThan(30);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli");
    }

    private static void render(CommandLine cl, List<String> rendered) {
        StringWriter text = new StringWriter();
        cl.usage(new PrintWriter(text));
        assertThat(text.toString()).as(cl.getCommandSpec().qualifiedName()).doesNotContain("%n")
                .doesNotContain("[picocli");
        rendered.add(cl.getCommandSpec().qualifiedName());
        cl.getSubcommands().values().forEach(sub -> render(sub, rendered));
    }
}
