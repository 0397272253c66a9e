package org.treatylab.negotiation.protocol;

/** Walks away: the session ends without agreement and every party gets its reservation value. */
public record EndNegotiation() implements Move {
    @Override
    public String kind() {
        return "end";
    }
}
