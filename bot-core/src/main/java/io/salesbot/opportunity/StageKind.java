package io.salesbot.opportunity;

/** Whether a stage is still being worked, or closes the deal won or lost. */
public enum StageKind {
    OPEN,
    WON,
    LOST;

    public boolean isClosed() {
        return this != OPEN;
    }
}
