"""Learning from people: the label store, the content classifier, review queue, agreement."""
