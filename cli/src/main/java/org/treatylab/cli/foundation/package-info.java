/**
 * The foundation's commands: treaties, the catalogue, postures, counting and compliance.
 *
 * <p>Entry points: {@link org.treatylab.cli.foundation.CountCommand} and its siblings, registered in
 * {@code TreatyLabCommand}.
 */
package org.treatylab.cli.foundation;
