package org.treatylab.domain.compliance;

/** Where a counted number stands against a limit on a date. */
public enum Verdict {
    /** Before the treaty's entry into force. */
    NOT_IN_FORCE,
    /** In force, before the limit's binding date (binding from that date inclusive). */
    NOT_YET_BINDING,
    WITHIN,
    EXCEEDS,
    /** On or after the treaty's expiry or termination. */
    EXPIRED
}
