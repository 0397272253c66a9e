/**
 * The local engine: all cores, blocks written as they finish, resumable after a kill. Entry point:
 * {@link org.treatylab.sweep.local.LocalEngine}.
 */
package org.treatylab.sweep.local;
