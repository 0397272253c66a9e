package org.treatylab.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz campaign found: runs per reader and route, and the defects the issue names — stack traces, exit codes
 * outside 0/1/2, 5xx answers, errors that are not JSON (or no answer), runs over 20 s — each with its first examples.
 */
public final class FuzzReport {
    private static final int EXAMPLES = 10;
    long cliRuns;
    long httpRuns;
    long stackTraces;
    long badExitCodes;
    long serverErrors;
    long nonJsonErrors;
    long slow;
    long retried;
    final Map<String, Long> runsByTarget = new TreeMap<>();
    final Map<String, Long> outcomes = new TreeMap<>();
    final List<String> examples = new ArrayList<>();

    synchronized void cliRun(String target, int code, long nanos, boolean trace, String what) {
        cliRuns++;
        runsByTarget.merge("cli " + target, 1L, Long::sum);
        outcomes.merge("exit " + code, 1L, Long::sum);
        if (trace) {
            stackTraces++;
            example("stack trace: " + what);
        }
        if (code < 0 || code > 2) {
            badExitCodes++;
            example("exit code " + code + ": " + what);
        }
        slow(nanos, what);
    }

    synchronized void retried() {
        retried++;
    }

    synchronized void httpRun(String target, int status, long nanos, boolean trace, boolean nonJson, String what) {
        httpRuns++;
        runsByTarget.merge("http " + target, 1L, Long::sum);
        outcomes.merge("status " + status, 1L, Long::sum);
        if (trace) {
            stackTraces++;
            example("stack trace: " + target + ": " + what);
        }
        if (status >= 500) {
            serverErrors++;
            example(status + ": " + target + ": " + what);
        }
        if (nonJson || status < 0) {
            nonJsonErrors++;
            example("not JSON or no answer: " + target + ": " + what);
        }
        slow(nanos, target + ": " + what);
    }

    private void slow(long nanos, String what) {
        if (nanos > Fuzzer.SLOW_NANOS) {
            slow++;
            example(String.format(Locale.ROOT, "%.1f s: %s", nanos / 1e9, what));
        }
    }

    private void example(String e) {
        if (examples.size() < EXAMPLES) {
            examples.add(e);
        }
    }

    public long defects() {
        return stackTraces + badExitCodes + serverErrors + nonJsonErrors + slow;
    }

    public long runs() {
        return cliRuns + httpRuns;
    }

    public List<String> examples() {
        return List.copyOf(examples);
    }

    public Map<String, Long> runsByTarget() {
        return Map.copyOf(runsByTarget);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "runs %d (CLI %d, HTTP %d); stack traces %d; exit codes outside 0/1/2 %d; "
                + "5xx %d; non-JSON errors or no answer %d; runs over 20 s %d; requests sent again on a new connection %d%n"
                + "outcomes %s%n%s", runs(), cliRuns, httpRuns, stackTraces, badExitCodes, serverErrors, nonJsonErrors,
                slow, retried, outcomes,
                String.join("\n", examples));
    }
}
