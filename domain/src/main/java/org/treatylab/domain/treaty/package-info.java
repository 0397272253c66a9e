/**
 * Treaties, their dated limits and the files they are kept in.
 *
 * <p>Entry points: {@link org.treatylab.domain.treaty.Treaties#shipped()} and
 * {@link org.treatylab.domain.treaty.TreatyReader#read(java.nio.file.Path)}.
 */
package org.treatylab.domain.treaty;
