/**
 * The JSON contract of TreatyLab's results, shared by the CLI and the HTTP server so both speak one contract: the
 * application layer's records written with one mapping (components in snake_case, nulls kept, ISO dates), the few
 * shapes written by hand (keys named by parties), and the CSV files. It renders; it computes nothing.
 *
 * <p>Entry points: {@link org.treatylab.report.Json} (the mapper), {@link org.treatylab.report.Csv},
 * {@link org.treatylab.report.TournamentCsv} and {@link org.treatylab.report.LedgerCsv}. Every shape has a golden
 * file under {@code src/test/resources/golden}.
 */
package org.treatylab.report;
