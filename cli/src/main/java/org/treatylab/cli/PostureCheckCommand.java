package org.treatylab.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.domain.InputException;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.compliance.OfficialComparison;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab posture check}: a posture's counts beside the nearest official data exchange. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare a posture, counted under a treaty, with the nearest official data exchange: counted "
                + "vs declared per party and limit, with the difference.")
final class PostureCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "a posture CSV or a shipped posture name")
    String posture;

    @Option(names = "--treaty", defaultValue = "new-start", paramLabel = "ID",
            description = "new-start (the data exchanges 2011-2023) or sort (U.S. declarations of 2009); default "
                    + "new-start")
    String treaty;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date for rows without as_of")
    LocalDate date;

    @Option(names = "--months", defaultValue = "" + OfficialComparison.DEFAULT_WINDOW_MONTHS, paramLabel = "N",
            description = "largest distance between the posture's date and the exchange, in months (default 12)")
    int months;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        if (months < 0) {
            throw new InputException("--months must be 0 or more, got " + months);
        }
        Treaty t = Treaties.resolve(treaty);
        String seriesName = OfficialComparison.shippedSeries(t.id()).orElseThrow(() -> new InputException(
                "no official data exchange is shipped for treaty '" + t.id() + "' (posture check knows new-start "
                        + "and sort)"));
        AggregateSeries series = AggregateSeries.shipped(seriesName).orElseThrow();
        List<Posture> postures = Postures.resolve(posture, date);
        OfficialComparison c = OfficialComparison.of(t, postures, series, months);
        print(spec.commandLine().getOut(), c);
        return 0;
    }

    private void print(PrintWriter out, OfficialComparison c) {
        if (format == Format.JSON) {
            out.println(Json.write(json(c)));
            return;
        }
        TextTable table = new TextTable("party", "posture_date", "limit", "counted", "declared", "difference",
                "percent", "exchange", "status");
        for (OfficialComparison.PartyComparison p : c.parties()) {
            for (OfficialComparison.Line l : p.lines()) {
                table.row(p.party(), p.postureDate(), l.limit(), l.counted(), l.declared(), signed(l.difference()),
                        l.percent() == null ? null : String.format("%+.1f%%", l.percent()), p.exchange().asOf(),
                        p.exchange().status());
            }
        }
        if (format == Format.CSV) {
            out.print(table.csv());
            return;
        }
        out.println("Counted under " + c.treaty() + " vs the nearest official data (" + c.series() + ", within "
                + c.windowMonths() + " months)");
        out.print(table.render());
        for (OfficialComparison.PartyComparison p : c.parties()) {
            if (p.exchange() == null) {
                out.println(p.party() + ": no official data within " + c.windowMonths() + " months of "
                        + p.postureDate());
            } else {
                out.println(p.party() + ": data of " + p.exchange().asOf() + ", status " + p.exchange().status()
                        + ", source: " + (p.exchange().source().isEmpty() ? "not given in the series"
                                : p.exchange().source()));
            }
        }
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }

    private static Map<String, Object> json(OfficialComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treaty", c.treaty());
        m.put("series", c.series());
        m.put("window_months", c.windowMonths());
        List<Object> parties = new ArrayList<>();
        for (OfficialComparison.PartyComparison p : c.parties()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("party", p.party().code());
            pm.put("posture_date", p.postureDate().toString());
            if (p.exchange() == null) {
                pm.put("exchange", null);
            } else {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("date", p.exchange().asOf().toString());
                e.put("status", p.exchange().status());
                e.put("source", p.exchange().source());
                pm.put("exchange", e);
            }
            List<Object> lines = new ArrayList<>();
            for (OfficialComparison.Line l : p.lines()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("limit", l.limit());
                lm.put("counted", l.counted());
                lm.put("declared", l.declared());
                lm.put("difference", l.difference());
                lm.put("percent", l.percent());
                lines.add(lm);
            }
            pm.put("lines", lines);
            parties.add(pm);
        }
        m.put("parties", parties);
        return m;
    }
}
