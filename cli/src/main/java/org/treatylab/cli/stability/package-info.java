/**
 * The {@code treatylab stability} commands: {@code sspk}, {@code exchange} and {@code sweep}, with the sweep's
 * HTML report (inline SVG charts).
 *
 * <p>Entry point: {@link org.treatylab.cli.stability.StabilityCommand}.
 */
package org.treatylab.cli.stability;
