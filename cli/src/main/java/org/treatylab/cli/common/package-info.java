/**
 * What every command shares: the output formats, text tables, atomic report files, and the application layer's
 * doors ({@link org.treatylab.cli.common.Doors}).
 *
 * <p>Entry point: {@link org.treatylab.cli.common.Doors#get()}.
 */
package org.treatylab.cli.common;
