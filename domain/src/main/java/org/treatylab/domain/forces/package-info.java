/**
 * Strategic forces: the catalogue of delivery-system types and dated force postures.
 *
 * <p>Entry points: {@link org.treatylab.domain.forces.Catalogue#shipped()} and
 * {@link org.treatylab.domain.forces.PostureReader#read(java.nio.file.Path, java.time.LocalDate)}.
 */
package org.treatylab.domain.forces;
