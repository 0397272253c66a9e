package org.treatylab.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.DeliverySystemType;
import org.treatylab.report.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab catalogue}: delivery-system types with their sourced parameters. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "List delivery-system types (1990 MOU, ~2009, ~2024) with sourced parameters.")
final class CatalogueCommand implements Callable<Integer> {
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
        Catalogue c = Catalogue.shipped();
        Party p = party == null ? null : Party.parse(party);
        Integer era = year == null ? null : c.nearestEra(year).orElse(null);
        List<DeliverySystemType> types = c.select(era, p);
        var out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(Json.write(types.stream().map(Views::system).toList()));
            return 0;
        }
        TextTable t = new TextTable("id", "party", "era", "name", "category", "basing", "parameters (value [status])");
        for (DeliverySystemType s : types) {
            String params = s.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey().column() + "=" + e.getValue().text() + " [" + e.getValue().status().label() + "]")
                    .collect(Collectors.joining("; "));
            t.row(s.id(), s.party(), s.era(), s.name(), s.category(), s.basing(), params);
        }
        out.print(format == Format.CSV ? t.csv() : t.render());
        if (format == Format.TABLE) {
            out.println("Sources: MOU-1990 = START I MOU data (FAS), confirmed; NN-2009 / NN-2024 = Nuclear Notebook "
                    + "estimates (BAS), unconfirmed. Ranges are kept; engines use their midpoints.");
        }
        return 0;
    }
}
