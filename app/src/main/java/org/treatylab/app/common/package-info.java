/**
 * What every door shares: the application layer's own expected failures ({@link
 * org.treatylab.app.common.AppException}), the one table of failure kinds the edges consult ({@link
 * org.treatylab.app.common.Failures#kindOf}), the registry of things that live between requests ({@link
 * org.treatylab.app.common.Sessions}), and ordered copies for the records.
 *
 * <p>Entry point: {@link org.treatylab.app.common.Failures#kindOf(Throwable)}.
 */
package org.treatylab.app.common;
