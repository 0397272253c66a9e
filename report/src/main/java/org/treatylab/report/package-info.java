/**
 * The JSON shapes of TreatyLab's results, shared by the CLI and the HTTP server so both speak one contract.
 *
 * <p>Entry points: {@link org.treatylab.report.Views} (domain results as ordered maps with snake_case keys),
 * {@link org.treatylab.report.NegotiationViews} (the negotiation engine's results), {@link org.treatylab.report.Csv},
 * {@link org.treatylab.report.StabilityViews} (with {@link org.treatylab.report.StabilitySides} picking the two sides
 * from posture files), {@link org.treatylab.report.TalksViews}, {@link org.treatylab.report.LedgerViews} and
 * {@link org.treatylab.report.Json} (the mapper).
 */
package org.treatylab.report;
