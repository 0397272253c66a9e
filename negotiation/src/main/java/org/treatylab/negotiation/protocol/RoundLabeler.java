package org.treatylab.negotiation.protocol;

/**
 * Names a round for people: the round number by default; a scenario may map rounds to calendar dates or meeting
 * names.
 */
@FunctionalInterface
public interface RoundLabeler {
    RoundLabeler NUMBERS = Integer::toString;

    String label(int round);
}
