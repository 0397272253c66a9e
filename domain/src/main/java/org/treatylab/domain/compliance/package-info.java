/**
 * Compliance: counted numbers against a treaty's limits on a date, with margins, required cuts and verdicts.
 *
 * <p>Entry points: {@link org.treatylab.domain.compliance.Compliance#assess(org.treatylab.domain.treaty.Treaty,
 * org.treatylab.domain.forces.Posture, java.time.LocalDate)} for postures and
 * {@link org.treatylab.domain.compliance.Compliance#assess(org.treatylab.domain.treaty.Treaty, AggregateSeries)}
 * for published aggregate series; {@link org.treatylab.domain.compliance.OfficialComparison#of} puts a posture's
 * counts beside the nearest official data exchange.
 */
package org.treatylab.domain.compliance;
