package org.example.zoo.enclosure;

/**
 * A CDI event fired in the deleting transaction, after the checks and before the enclosure's row is
 * removed: other components drop their references to it (keepers' assignments, inactive animals'
 * last enclosure) without this component knowing them.
 */
public record EnclosureDeleting(Enclosure enclosure) {}
