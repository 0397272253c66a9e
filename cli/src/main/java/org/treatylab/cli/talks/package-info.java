/**
 * {@code treatylab talks}: play the 2009 talks (or a user's scenario), explain the derived preferences, sweep a
 * priority, play a delegation yourself, and write the HTML report.
 *
 * <p>Entry point: {@link org.treatylab.cli.talks.TalksCommand}.
 */
package org.treatylab.cli.talks;
