package org.treatylab.negotiation.model;

/** One value an issue can take: a named option, a whole number or a real number. */
public sealed interface Value permits DiscreteValue, IntegerValue, RealValue {
    /** The value as written in files and on screen. */
    String text();
}
