package org.treatylab.app.negotiation;

/**
 * Bounds on one request's work and memory.
 *
 * @param analyzeOutcomes outcomes an analysis may enumerate (and uploaded scenarios to analyse may have)
 * @param frontierPoints frontier points an analysis may list
 * @param playOutcomes outcomes an uploaded scenario to play (sessions, tournaments) may have: its agents rank every
 *     outcome once per profile (16 bytes each) and a kept session holds that ranking
 * @param uploadsBounded whether uploaded scenarios are held to these bounds before they are read (the server)
 */
public record NegotiationLimits(long analyzeOutcomes, int frontierPoints, long playOutcomes, boolean uploadsBounded) {

    /** Profiles (parties) of one uploaded scenario. */
    public static final int MAX_PROFILES = 8;

    /** The server's: fewer outcomes to enumerate and frontier points to send than the command line allows. */
    public static final NegotiationLimits SERVER = new NegotiationLimits(1_000_000, 10_000, 100_000, true);

    /** The command line's, enumerating at most {@code maxOutcomes}. */
    public static NegotiationLimits commandLine(long maxOutcomes) {
        return new NegotiationLimits(maxOutcomes, 1_000_000, Long.MAX_VALUE, false);
    }
}
