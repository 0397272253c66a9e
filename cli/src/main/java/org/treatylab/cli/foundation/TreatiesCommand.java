package org.treatylab.cli.foundation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.TreatyView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab treaties}: the shipped treaties. */
@Command(name = "treaties", mixinStandardHelpOptions = true, description = "List the shipped treaties.")
public final class TreatiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Override
    public Integer call() {
        List<TreatyView> all = Doors.get().foundation().treaties();
        if (format == Format.JSON) {
            Output.json(spec.commandLine().getOut(), all);
            return 0;
        }
        TextTable t = new TextTable("id", "name", "signed", "in force", "limits bind", "ends", "counting", "limits");
        for (TreatyView tr : all) {
            t.row(tr.id(), tr.name(), tr.signed(), tr.entryIntoForce(),
                    tr.limits().stream().map(TreatyView.TreatyLimit::bindingFrom).filter(Objects::nonNull)
                            .min(Comparator.naturalOrder()).orElse(null),
                    tr.endDate(), tr.counting(),
                    String.join(" ", tr.limits().stream().map(l -> l.id() + "=" + l.ceiling()).toList()));
        }
        spec.commandLine().getOut().print(format == Format.CSV ? t.csv() : t.render());
        return 0;
    }
}
