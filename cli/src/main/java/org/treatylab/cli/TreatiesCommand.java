package org.treatylab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.report.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab treaties}: the shipped treaties. */
@Command(name = "treaties", mixinStandardHelpOptions = true, description = "List the shipped treaties.")
final class TreatiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Override
    public Integer call() {
        List<Treaty> all = Treaties.shipped();
        if (format == Format.JSON) {
            spec.commandLine().getOut().println(Json.write(all.stream().map(Views::treaty).toList()));
            return 0;
        }
        TextTable t = new TextTable("id", "name", "signed", "in force", "limits bind", "ends", "counting", "limits");
        for (Treaty tr : all) {
            t.row(tr.id(), tr.name(), tr.signed(), tr.entryIntoForce(),
                    tr.limits().stream().map(l -> l.bindingFrom()).min(java.util.Comparator.naturalOrder()).orElse(null),
                    tr.endDate(), tr.counting(), String.join(" ", tr.limits().stream()
                            .map(l -> l.id() + "=" + l.finalCeiling()).toList()));
        }
        spec.commandLine().getOut().print(format == Format.CSV ? t.csv() : t.render());
        return 0;
    }
}
