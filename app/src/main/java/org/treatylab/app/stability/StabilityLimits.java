package org.treatylab.app.stability;

/**
 * Bounds on one request, so that it cannot occupy the machine: the engine's work grows with the warheads on each side,
 * the number of ceilings and the Monte Carlo trials. The command line runs {@link #NONE}; the server
 * {@link #SERVER}.
 *
 * @param maxTrialWarheads Monte Carlo trials times attacking warheads
 */
public record StabilityLimits(long maxWarheadsPerSide, long maxVehiclesPerSide, int maxSystemsPerSide,
        long maxTrialWarheads) {

    /** No bounds. */
    public static final StabilityLimits NONE = new StabilityLimits(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
            Long.MAX_VALUE);

    /**
     * The server's: more than any side ever deployed (about 13,000 strategic warheads in 1990) with room for what-ifs;
     * trials times warheads at most about a second of Monte Carlo on one core of the 2-core build machine (measured:
     * 30,000 warheads a side in 100 systems, 6,666 trials, took 2-5 s).
     */
    public static final StabilityLimits SERVER = new StabilityLimits(30_000, 30_000, 100, 50_000_000L);
}
