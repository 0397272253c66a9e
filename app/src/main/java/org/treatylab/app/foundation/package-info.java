/**
 * The foundation's front door: the catalogue, postures, treaties and drafts (through the {@code TreatyDrafts}
 * port), counting, compliance and the posture check against official data. References ({@link
 * org.treatylab.app.foundation.TreatyRef}, {@link org.treatylab.app.foundation.PostureRef}, {@link
 * org.treatylab.app.foundation.SeriesRef}) are resolved the same way for every door by {@link
 * org.treatylab.app.foundation.Inputs}.
 *
 * <p>Entry point: {@link org.treatylab.app.foundation.Foundation}.
 */
package org.treatylab.app.foundation;
