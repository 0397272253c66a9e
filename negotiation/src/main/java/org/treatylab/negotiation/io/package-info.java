/**
 * Reading scenarios: GENIUS XML domains and utility spaces (additive and ANAC 2014 nonlinear), GeniusWeb JSON
 * domains and LinearAdditiveUtilitySpace profiles, and writing GeniusWeb JSON.
 *
 * <p>Entry points: {@link org.treatylab.negotiation.io.Scenarios} and
 * {@link org.treatylab.negotiation.io.GeniusWebWriter}.
 */
package org.treatylab.negotiation.io;
