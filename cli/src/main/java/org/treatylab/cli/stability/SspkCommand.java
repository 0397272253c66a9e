package org.treatylab.cli.stability;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.app.stability.SspkResult;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab stability sspk}: lethal radius and kill probabilities of one weapon against one target. */
@Command(name = "sspk", mixinStandardHelpOptions = true,
        description = "Lethal radius, single-shot and terminal kill probability of warheads against a hard target.")
final class SspkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--yield-kt", required = true, paramLabel = "Y", description = "warhead yield in kilotons")
    double yieldKt;

    @Option(names = "--hardness-psi", required = true, paramLabel = "H", description = "target hardness in psi")
    double hardnessPsi;

    @Option(names = "--cep-m", required = true, paramLabel = "C", description = "circular error probable in metres")
    double cepM;

    @Option(names = "--reliability", defaultValue = "1", paramLabel = "R",
            description = "probability a warhead arrives and detonates (default ${DEFAULT-VALUE})")
    double reliability;

    @Option(names = "--warheads", defaultValue = "1", paramLabel = "N",
            description = "independent warheads on the target (default ${DEFAULT-VALUE})")
    int warheads;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        check(yieldKt > 0 && Double.isFinite(yieldKt), "--yield-kt must be > 0, got " + yieldKt);
        check(hardnessPsi > 0 && Double.isFinite(hardnessPsi), "--hardness-psi must be > 0, got " + hardnessPsi);
        check(cepM > 0 && Double.isFinite(cepM), "--cep-m must be > 0, got " + cepM);
        check(reliability >= 0 && reliability <= 1, "--reliability must be within [0, 1], got " + reliability);
        check(warheads >= 0, "--warheads must be >= 0, got " + warheads);
        SspkResult m = Doors.get().stability().sspk(yieldKt, hardnessPsi, cepM, reliability, warheads);
        var out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, m);
            return 0;
        }
        TextTable t = new TextTable("lethal_radius_m", "sspk", "tkp", "kill_probability");
        t.row(String.format(Locale.ROOT, "%.1f", m.lethalRadiusM()), fmt(m.sspk()), fmt(m.tkp()),
                fmt(m.killProbability()));
        out.print(format == Format.CSV ? t.csv() : t.render());
        if (format == Format.TABLE) {
            out.printf(Locale.ROOT, "%s kt on %s psi, CEP %s m, reliability %s, %d warhead(s). "
                    + "LR[nmi] = 2.62*Y[Mt]^(1/3)/H^(1/3); SSPK = 1-0.5^((LR/CEP)^2); TKP = reliability*SSPK; "
                    + "kill probability = 1-(1-TKP)^warheads%n", StabilityText.trim(yieldKt),
                    StabilityText.trim(hardnessPsi), StabilityText.trim(cepM), StabilityText.trim(reliability),
                    warheads);
        }
        return 0;
    }

    private static String fmt(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new InputException(message);
        }
    }
}
