/**
 * What every door shares: the application layer's own expected failures ({@link
 * org.treatylab.app.common.AppException}), the one table of failure kinds the edges consult ({@link
 * org.treatylab.app.common.Failures#kindOf}), the registry of things that live between requests, kept through the
 * session port ({@link org.treatylab.app.common.Sessions}), a room's seats and who looks at it ({@link
 * org.treatylab.app.common.Seats}, {@link org.treatylab.app.common.Viewer}, {@link
 * org.treatylab.app.common.RoomCodes}), the text sessions are kept in ({@link org.treatylab.app.common.FormText}),
 * and ordered copies for the records.
 *
 * <p>Entry point: {@link org.treatylab.app.common.Failures#kindOf(Throwable)}.
 */
package org.treatylab.app.common;
