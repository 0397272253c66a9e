package org.treatylab.cli.foundation;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.treatylab.app.foundation.SystemView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.cli.common.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab catalogue}: delivery-system types with their sourced parameters. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "List delivery-system types (1990 MOU, ~2009, ~2024) with sourced parameters.")
public final class CatalogueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--year", description = "show the era nearest this year (1990, 2009 or 2024)")
    Integer year;

    @Option(names = "--party", description = "US or RU (USA, USSR, Russia accepted)")
    String party;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        List<SystemView> types = Doors.get().foundation().catalogue(year, Values.party(party));
        var out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, types);
            return 0;
        }
        TextTable t = new TextTable("id", "party", "era", "name", "category", "basing", "parameters (value [status])");
        for (SystemView s : types) {
            String params = s.parameters().entrySet().stream()
                    .map(e -> e.getKey() + "=" + text(e.getValue()) + " [" + e.getValue().status() + "]")
                    .collect(Collectors.joining("; "));
            t.row(s.id(), s.party(), s.era(), s.name(), s.category(), s.basing(), params);
        }
        out.print(format == Format.CSV ? t.csv() : t.render());
        if (format == Format.TABLE) {
            out.println("Sources: keys defined in the catalogue's parameters.csv (see docs/data-sources.md). Ranges are "
                    + "kept; 'low-high use v' names the value engines use (an assumption), a bare range its midpoint.");
        }
        return 0;
    }

    /** A range as "low-high" (with "use v" when engines use a stated value), a single value as itself. */
    private static String text(SystemView.ParameterValue v) {
        if (v.low() == v.high()) {
            return plain(v.low());
        }
        String range = plain(v.low()) + "-" + plain(v.high());
        return v.value() != (v.low() + v.high()) / 2 ? range + " use " + plain(v.value()) : range;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
