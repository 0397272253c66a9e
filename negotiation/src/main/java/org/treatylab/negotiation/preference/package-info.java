/**
 * Preferences: linear additive utilities with discrete tables and numeric evaluators, non-additive terms
 * (hyper-rectangles, pairwise interactions), reservation value and discount.
 *
 * <p>Entry points: {@link org.treatylab.negotiation.preference.Profile} and
 * {@link org.treatylab.negotiation.preference.UtilityFunction#additive(LinearAdditive)}.
 */
package org.treatylab.negotiation.preference;
