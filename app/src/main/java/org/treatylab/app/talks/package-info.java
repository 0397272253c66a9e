/**
 * The talks' front door: scenarios, runs with engine agents, explanations, analyses, sweeps over a priority, and
 * talks in which a person plays one delegation ({@link org.treatylab.app.talks.TalksSession}, the same for the console
 * and HTTP).
 *
 * <p>Entry point: {@link org.treatylab.app.talks.TalksDoor}.
 */
package org.treatylab.app.talks;
