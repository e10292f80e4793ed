package org.emogap.llm;

import java.util.Objects;

/** A text to annotate: the dataset's item id and the text put into the prompt. */
public record Item(String id, String text) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
