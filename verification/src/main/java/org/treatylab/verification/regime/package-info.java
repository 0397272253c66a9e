/**
 * The verification regime on the ledger: declare, notify, exchange, reveal step by step, inspect; and the checks
 * that {@code ledger verify} runs on every entry's meaning.
 *
 * <p>Entry points: {@link org.treatylab.verification.regime.Regime} and
 * {@link org.treatylab.verification.regime.RegimeChecks}.
 */
package org.treatylab.verification.regime;
