package org.treatylab.verification.ledger;

import java.security.PublicKey;
import java.util.Optional;
import java.util.function.Function;
import org.treatylab.domain.Party;

/**
 * Checks an entry's meaning while {@link LedgerVerifier} walks the ledger in order (for example, that a declaration's
 * commitment is the hash of the item kept in clear). Implementations may keep state across entries.
 */
public interface EntryCheck {
    /** Checks nothing beyond hashes, chain, tree heads and signatures. */
    EntryCheck NONE = (entry, privatePart, keyOf) -> { };

    /**
     * @param privatePart the owner-only part, if the reader may see it
     * @param keyOf the registered key of a party
     * @throws org.treatylab.verification.VerificationException when the entry does not hold
     */
    void check(Entry entry, Optional<Fields> privatePart, Function<Party, PublicKey> keyOf);
}
