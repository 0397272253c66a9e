/**
 * Inspection planning: exact hypergeometric detection probabilities, a seeded simulation that cross-checks them,
 * and the number of inspections a target detection probability needs (New START's 18 a year by default).
 *
 * <p>Entry point: {@link org.treatylab.verification.inspection.InspectionPlanner}.
 */
package org.treatylab.verification.inspection;
