package org.treatylab.cli.foundation;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.Foundation;
import org.treatylab.app.foundation.PostureCheck;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
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

    @Option(names = "--months", defaultValue = "" + Foundation.DEFAULT_CHECK_MONTHS, paramLabel = "N",
            description = "largest distance between the posture's date and the exchange, in months (default 12)")
    int months;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        if (months < 0) {
            throw new InputException("--months must be 0 or more, got " + months);
        }
        PostureCheck c = Doors.get().foundation().checkPosture(new PostureRef.NameOrFile(posture),
                new TreatyRef.IdOrFile(treaty), date, months);
        print(spec.commandLine().getOut(), c);
        return 0;
    }

    private void print(PrintWriter out, PostureCheck c) {
        if (format == Format.JSON) {
            Output.json(out, c);
            return;
        }
        TextTable table = new TextTable("party", "posture_date", "limit", "counted", "declared", "difference",
                "percent", "exchange", "status");
        for (PostureCheck.PartyCheck p : c.parties()) {
            for (PostureCheck.CheckLine l : p.lines()) {
                table.row(p.party(), p.postureDate(), l.limit(), l.counted(), l.declared(), signed(l.difference()),
                        l.percent() == null ? null : String.format("%+.1f%%", l.percent()), p.exchange().date(),
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
        for (PostureCheck.PartyCheck p : c.parties()) {
            if (p.exchange() == null) {
                out.println(p.party() + ": no official data within " + c.windowMonths() + " months of "
                        + p.postureDate());
            } else {
                out.println(p.party() + ": data of " + p.exchange().date() + ", status " + p.exchange().status()
                        + ", source: " + (p.exchange().source().isEmpty() ? "not given in the series"
                                : p.exchange().source()));
            }
        }
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
