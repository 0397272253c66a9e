/**
 * Forces as the stability engine sees them: postures resolved against the catalogue (with the origin of every
 * parameter) and reduced to ceilings by documented rules.
 *
 * <p>Entry points: {@link org.treatylab.stability.force.ForceResolver#resolve} and
 * {@link org.treatylab.stability.force.Reduction#scale}.
 */
package org.treatylab.stability.force;
