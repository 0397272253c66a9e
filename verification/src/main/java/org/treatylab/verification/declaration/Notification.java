package org.treatylab.verification.declaration;

import java.util.Objects;

/**
 * A notification of one change to one item.
 *
 * @param to the facility the item moves to (required for {@code move}, optional for {@code deploy}/{@code store},
 *     the new item's facility for {@code add}), or null
 * @param added the new item for {@code add}, else null
 * @param warheads warheads emplaced on {@code deploy}, or null
 */
public record Notification(String uid, NotificationEvent event, String to, Item added, Long warheads) {
    public Notification {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(event, "event");
        if ((event == NotificationEvent.ADD) != (added != null)) {
            throw new IllegalArgumentException("event " + event.label() + ": the new item is given for add, and only for add");
        }
        if (added != null && !added.uid().equals(uid)) {
            throw new IllegalArgumentException("uid " + uid + " differs from the new item's uid " + added.uid());
        }
        if (event == NotificationEvent.MOVE && (to == null || to.isBlank())) {
            throw new IllegalArgumentException("event move needs the facility it moves to (--to)");
        }
        if (warheads != null && event != NotificationEvent.DEPLOY) {
            throw new IllegalArgumentException("warheads are given only with deploy, got event " + event.label());
        }
    }
}
