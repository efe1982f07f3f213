package io.salesbot.task;

/**
 * Which tasks {@code /task list} shows; all are open tasks. A rep sees their own; managers and
 * admins see the team's with {@code overdue} and {@code all}, and anyone's by name.
 */
public enum TaskScope {
    /** The caller's open tasks. */
    MINE,
    /** The caller's tasks due by the end of today where they are (overdue ones included). */
    TODAY,
    /** Late tasks: the caller's, or for a manager the whole team's. */
    OVERDUE,
    /** Every open task: the caller's, or for a manager the whole team's. */
    ALL,
    /** One member's open tasks (named in {@link TaskQuery#member}). */
    MEMBER
}
