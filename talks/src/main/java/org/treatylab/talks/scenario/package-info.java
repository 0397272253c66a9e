/**
 * Talks scenarios: the delegations, the treaty terms under negotiation, documented priorities and the calendar.
 *
 * <p>Entry point: {@link org.treatylab.talks.scenario.Scenarios#resolve(String)} (a shipped name or a file).
 */
package org.treatylab.talks.scenario;
