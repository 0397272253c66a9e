/**
 * Witnessing a shared ledger: the host signs heads of its log with its own key ({@link
 * org.treatylab.verification.witness.SignedLogHead}); whoever keeps an older signed head checks each newer one for
 * consistency and catches a host that rewrites, drops or forks history.
 *
 * <p>Entry point: {@link org.treatylab.verification.witness.Witness#check}.
 */
package org.treatylab.verification.witness;
