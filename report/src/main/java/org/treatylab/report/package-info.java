/**
 * The JSON shapes of TreatyLab's results, shared by the CLI and the HTTP server so both speak one contract.
 *
 * <p>Entry points: {@link org.treatylab.report.Views} (domain results as ordered maps with snake_case keys) and
 * {@link org.treatylab.report.Json} (the mapper); stability results in {@link org.treatylab.report.StabilityViews}, with
 * {@link org.treatylab.report.StabilitySides} picking the two sides from posture files.
 */
package org.treatylab.report;
