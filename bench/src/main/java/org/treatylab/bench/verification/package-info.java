/**
 * JMH benchmarks of the verification engine and the ledger store: committing a million items against raw SHA-256,
 * inclusion-proof verifications, and durable signed batched writes on SQLite and PostgreSQL.
 *
 * <p>Entry points: {@link org.treatylab.bench.verification.CommitBenchmark},
 * {@link org.treatylab.bench.verification.InclusionProofBenchmark},
 * {@link org.treatylab.bench.verification.LedgerWriteBenchmark}.
 */
package org.treatylab.bench.verification;
