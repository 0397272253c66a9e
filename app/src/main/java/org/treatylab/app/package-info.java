/**
 * The application layer: one front door per use case, between the engines and the edges ({@code cli},
 * {@code server}). A door takes references (an id, a file's text, a shipped name) and returns typed records whose
 * components are the JSON contract's fields (module {@code report} maps them, camelCase to snake_case); it owns the
 * orchestration, the caches and the error kinds, so a use case gives the same result over the command line and HTTP.
 *
 * <p>Entry point: {@link org.treatylab.app.Workbench}, which builds every door (over a store for the server, without
 * one for the command line); {@link org.treatylab.app.common.Failures#kindOf(Throwable)} is the one place that says what kind
 * of failure an exception is.
 */
package org.treatylab.app;
