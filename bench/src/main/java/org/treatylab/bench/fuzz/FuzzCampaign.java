package org.treatylab.bench.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The full fuzz campaign as a bench command: {@code cli} CLI cases and {@code http} HTTP cases from a seed, then the
 * report; exit 1 when any defect was found.
 *
 * <p>Run: {@code mvn -B -q package -pl bench -am -DskipTests && java -cp bench/target/benchmarks.jar
 * org.treatylab.bench.fuzz.FuzzCampaign [--seed 13] [--cli 2000] [--http 2000]}.
 */
public final class FuzzCampaign {
    private FuzzCampaign() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 13;
        int cli = 2000;
        int http = 2000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--cli" -> cli = Integer.parseInt(args[i + 1]);
                case "--http" -> http = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("treatylab-fuzz");
        long t0 = System.nanoTime();
        try (Fuzzer f = new Fuzzer(work, seed)) {
            System.out.println("routes covered: " + f.routes().size());
            for (int done = 0; done < cli; done += 100) {
                f.cli(Math.min(100, cli - done));
                System.err.printf("CLI %d/%d%n", Math.min(done + 100, cli), cli);
            }
            for (int done = 0; done < http; done += 100) {
                f.http(Math.min(100, http - done));
                System.err.printf("HTTP %d/%d%n", Math.min(done + 100, http), http);
            }
            System.out.println(f.report());
            System.out.println("runs by reader and route: " + f.report().runsByTarget());
            System.out.printf("%.0f s%n", (System.nanoTime() - t0) / 1e9);
            System.exit(f.report().defects() == 0 ? 0 : 1);
        }
    }
}
