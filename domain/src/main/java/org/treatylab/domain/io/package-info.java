/**
 * Reading TreatyLab's own text formats with errors that name the file, line and column.
 *
 * <p>Entry point: {@link org.treatylab.domain.io.CsvTable#parse(String, String)}.
 */
package org.treatylab.domain.io;
